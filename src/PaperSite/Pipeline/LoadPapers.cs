using System.Collections.Immutable;
using System.Globalization;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: finds every record below <c>input/papers/</c> and reads them in parallel. Ids must be
/// unique across the archive; every file that claims a taken id is reported, naming the other.
/// Symbolic links are not followed, and each one is reported: a record must live inside the archive.
/// Records unchanged since the last build come from the build cache (<see cref="RecordCache"/>), with their warnings.
/// The papers come out in one defined order, by source path, however the threads that read them ran.
/// This is the one reader of the archive: <c>new</c> and <c>import</c> see it through <see cref="Importing.KnownPapers"/>,
/// with the same link policy, size cap and diagnostics.
/// </summary>
internal static class LoadPapers
{
    /// <summary>The stage's name in progress reports, as <see cref="SiteBuilder"/> times it.</summary>
    public const string Stage = "load papers";

    /// <summary>Whether a file of that name in <c>input/papers/</c> is a record: it ends in .yaml or .yml, in any case.</summary>
    public static bool IsRecordName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<Paper> Run(SiteSources sources, DiagnosticBag diagnostics, Abstracts.MathMacros? macros = null, RecordCache? cache = null, IProgress<BuildProgress>? progress = null) =>
        Read(sources, diagnostics, macros, cache, progress).Papers;

    /// <summary>The valid papers, and every record file that could be read with the keys it names, in path order.</summary>
    public static LoadedArchive Read(SiteSources sources, DiagnosticBag diagnostics, Abstracts.MathMacros? macros = null, RecordCache? cache = null, IProgress<BuildProgress>? progress = null)
    {
        cache ??= RecordCache.None();
        cache.ParseWith(macros ?? Abstracts.MathMacros.None);
        return Read(sources, Find(sources, diagnostics), diagnostics, cache, progress);
    }

    /// <summary>Every record file below <c>input/papers/</c>, in path order; links and folders named like records are reported.</summary>
    public static List<FileInfo> Find(SiteSources sources, DiagnosticBag diagnostics) =>
        Directory.Exists(sources.PapersFolder) ? FindRecordFiles(sources, diagnostics) : [];

    /// <summary>The records in <paramref name="files"/> (found by <see cref="Find"/>), read through <paramref name="cache"/>, whose macros are set.</summary>
    public static LoadedArchive Read(SiteSources sources, List<FileInfo> files, DiagnosticBag diagnostics, RecordCache cache, IProgress<BuildProgress>? progress = null)
    {
        cache.ReadCachedPapers();
        // Each file's record goes to its own slot, so the result keeps the files' sorted order.
        var records = new RecordFile?[files.Count];
        var read = new ProgressCounter(Stage, files.Count, progress);
        Parallel.For(0, files.Count, i =>
        {
            var relative = sources.Relative(files[i].FullName);
            records[i] = cache.Read(files[i], relative, diagnostics) is { } paper
                ? new RecordFile(relative, files[i].FullName, paper.Id, paper.ArxivId, paper.Doi, paper.Title, paper)
                : KeysOf(files[i], relative);
            read.Advance();
        });

        var ordered = records.OfType<RecordFile>().ToImmutableArray();
        return new LoadedArchive(RejectDuplicateIds(ordered.Select(r => r.Paper).OfType<Paper>().ToList(), diagnostics), ordered);
    }

    /// <summary>A record that is not a valid paper still names its keys for <c>new</c> and <c>import</c>; its problems were reported when it was read.</summary>
    private static RecordFile? KeysOf(FileInfo file, string relative) =>
        SourceFile.Read(file.FullName, relative, new DiagnosticBag()) is { } bytes ? RecordKeys.Read(bytes, relative, file.FullName) : null;

    /// <summary>
    /// Walks the folders itself rather than letting the runtime recurse, which would follow a linked
    /// folder out of the archive. Every link that could hold records is reported, so nothing is ignored silently.
    /// </summary>
    private static List<FileInfo> FindRecordFiles(SiteSources sources, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
        };

        var files = new List<FileInfo>();
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(sources.PapersFolder)]);
        while (folders.TryPop(out var folder))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos("*", options);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File(sources.Relative(folder.FullName)), $"the folder cannot be read: {error.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                var isRecordName = IsRecordName(entry.Name);
                var relative = sources.Relative(entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    if (isRecordName || entry is DirectoryInfo)
                    {
                        diagnostics.Warning(DiagnosticCodes.SymbolicLink, SourceLocation.File(relative),
                            "this is a symbolic link; records must be real files inside input/papers/, so it is not followed.");
                    }
                }
                else if (entry is DirectoryInfo directory)
                {
                    if (isRecordName)
                    {
                        diagnostics.Warning(DiagnosticCodes.Unreadable, SourceLocation.File(relative), "this is a folder, not a record; it is ignored.");
                    }

                    folders.Push(directory);
                }
                else if (isRecordName && entry is FileInfo file)
                {
                    files.Add(file);
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return files;
    }

    /// <summary>
    /// Every file claiming a taken id is reported. Each names one other claimant (the first names the second, the
    /// rest name the first) and how many more there are, so k files sharing an id print k lines, not k² paths.
    /// </summary>
    private static ImmutableArray<Paper> RejectDuplicateIds(List<Paper> papersBySourcePath, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<Paper>(papersBySourcePath.Count);
        foreach (var claimants in papersBySourcePath.GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            if (claimants.Count == 1)
            {
                result.Add(claimants[0]);
                continue;
            }

            foreach (var paper in claimants)
            {
                var named = paper == claimants[0] ? claimants[1] : claimants[0];
                var more = claimants.Count - 2;
                var rest = more == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" and {more} other {(more == 1 ? "file" : "files")}");
                diagnostics.Error(DiagnosticCodes.DuplicateId, SourceLocation.File(paper.SourcePath),
                    $"the id '{paper.Id}' is also used by {named.SourcePath}{rest}; every paper needs its own id.");
            }
        }

        return result.ToImmutable();
    }
}

/// <summary>What <see cref="LoadPapers.Read"/> found: the papers a build uses, and every record file read.</summary>
internal sealed record LoadedArchive(ImmutableArray<Paper> Papers, ImmutableArray<RecordFile> Records);
