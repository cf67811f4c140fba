using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: a build with nothing to do, found without reading any record. Every record file is the one the cache holds
/// (same size and time), the settings and theme are the ones the output was built from, the checks across records were
/// saved for these inputs today, and the output folder is exactly as listed. Then the records' warnings and the checks'
/// are reported again from the cache, no file is written, and the build is done: the same result, to the diagnostic,
/// as reading every record would give, in the time it takes to look at the files.
/// </summary>
internal static class KeepUnchangedSite
{
    /// <summary>The site kept, or null when something may have changed and the build must look closer.</summary>
    public static UnchangedSite? Run(BuildCache cache, SiteSettings settings, Theme theme, string outputPath, string displayOutput, BuildOptions options, DateOnly today, DiagnosticBag diagnostics)
    {
        var inputs = PageFingerprints.Inputs(settings, theme.Fingerprint, cache.Records, options.Strict);
        if (ArchiveChecks.Load(cache, ArchiveChecks.Key(inputs, today)) is not { } checks)
        {
            return null;
        }

        var found = new DiagnosticBag();
        cache.Records.ReportTrusted(found);
        found.AddRange(checks);
        if (found.HasErrors || (options.Strict && !(found.IsEmpty && diagnostics.IsEmpty)))
        {
            // Failing builds are left to the full path, which reports them as it always has.
            return null;
        }

        using var output = OutputFolder.Open(outputPath, new DiagnosticBag(), displayOutput);
        if (output is null)
        {
            return null;
        }

        var incremental = IncrementalOutput.Start(cache, outputPath, displayOutput, theme.Fingerprint, inputs);
        if (!incremental.IsCurrent)
        {
            return null;
        }

        diagnostics.AddRange(found.ToSortedList());
        return new UnchangedSite(cache.Records.PreviousCount, incremental.ListedFiles, incremental.ListedSize());
    }
}

/// <summary>What <see cref="KeepUnchangedSite"/> kept: how many papers and files, and the site's size as listed.</summary>
internal sealed record UnchangedSite(int Papers, int Files, SiteSizeReport Size);
