using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: finds every record below <c>input/papers/</c> and reads them in parallel. Ids must be
/// unique across the archive; every file that claims a taken id is reported, naming the other.
/// Symbolic links are not followed, and each one is reported: a record must live inside the archive.
/// </summary>
internal static class LoadPapers
{
    /// <summary>The stage's name in progress reports, as <see cref="SiteBuilder"/> times it.</summary>
    public const string Stage = "load papers";

    public static ImmutableArray<Paper> Run(SiteSources sources, DiagnosticBag diagnostics, Abstracts.MathMacros? macros = null, IProgress<BuildProgress>? progress = null)
    {
        if (!Directory.Exists(sources.PapersFolder))
        {
            return [];
        }

        var files = FindRecordFiles(sources, diagnostics);
        var papers = new ConcurrentBag<Paper>();
        var read = new ProgressCounter(Stage, files.Count, progress);
        Parallel.ForEach(files, file =>
        {
            var relative = sources.Relative(file);
            if (SourceFile.Read(file, relative, diagnostics) is { } bytes && PaperRecordReader.Read(bytes, relative, diagnostics, macros) is { } paper)
            {
                papers.Add(paper);
            }

            read.Advance();
        });

        return RejectDuplicateIds(papers, diagnostics);
    }

    /// <summary>
    /// Walks the folders itself rather than letting the runtime recurse, which would follow a linked
    /// folder out of the archive. Every link that could hold records is reported, so nothing is ignored silently.
    /// </summary>
    private static List<string> FindRecordFiles(SiteSources sources, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
        };

        var files = new List<string>();
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
                var isRecordName = entry.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
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
                else if (isRecordName)
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static ImmutableArray<Paper> RejectDuplicateIds(IEnumerable<Paper> papers, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<Paper>();
        foreach (var group in papers.GroupBy(p => p.Id, StringComparer.Ordinal))
        {
            var claimants = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            if (claimants.Count == 1)
            {
                result.Add(claimants[0]);
                continue;
            }

            foreach (var paper in claimants)
            {
                var others = string.Join(", ", claimants.Where(p => p != paper).Select(p => p.SourcePath));
                diagnostics.Error(DiagnosticCodes.DuplicateId, SourceLocation.File(paper.SourcePath),
                    $"the id '{paper.Id}' is also used by {others}; every paper needs its own id.");
            }
        }

        return result.ToImmutable();
    }
}
