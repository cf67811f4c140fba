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
/// This is the one reader of the archive: <c>new</c> and <c>import</c> see it through <see cref="Importing.KnownPapers"/>,
/// with the same link policy, size cap and diagnostics.
/// </summary>
internal static class LoadPapers
{
    public static ImmutableArray<Paper> Run(SiteSources sources, DiagnosticBag diagnostics) => Read(sources, diagnostics).Papers;

    /// <summary>The valid papers, and every record file that could be read with the keys it names, in path order.</summary>
    public static LoadedArchive Read(SiteSources sources, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(sources.PapersFolder))
        {
            return new LoadedArchive([], []);
        }

        var files = FindRecordFiles(sources, diagnostics);
        var records = new ConcurrentBag<RecordFile>();
        Parallel.ForEach(files, file =>
        {
            var relative = sources.Relative(file);
            if (SourceFile.Read(file, relative, diagnostics) is not { } bytes)
            {
                return;
            }

            records.Add(PaperRecordReader.Read(bytes, relative, diagnostics) is { } paper
                ? new RecordFile(relative, file, paper.Id, paper.ArxivId, paper.Doi, paper.Title, paper)
                : RecordKeys.Read(bytes, relative, file));
        });

        var ordered = records.OrderBy(r => r.Path, StringComparer.Ordinal).ToImmutableArray();
        return new LoadedArchive(RejectDuplicateIds(ordered.Select(r => r.Paper).OfType<Paper>(), diagnostics), ordered);
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

/// <summary>What <see cref="LoadPapers.Read"/> found: the papers a build uses, and every record file read.</summary>
internal sealed record LoadedArchive(ImmutableArray<Paper> Papers, ImmutableArray<RecordFile> Records);
