using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: finds every record below <c>input/papers/</c> and reads them in parallel. Ids must be
/// unique across the archive; every file that claims a taken id is reported, naming the other.
/// Symbolic links are not followed: a record must live inside the archive.
/// </summary>
internal static class LoadPapers
{
    public static ImmutableArray<Paper> Run(SiteSources sources, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(sources.PapersFolder))
        {
            return [];
        }

        var files = FindRecordFiles(sources, diagnostics);
        var papers = new ConcurrentBag<Paper>();
        Parallel.ForEach(files, file =>
        {
            var relative = sources.Relative(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File(relative), $"the file cannot be read: {error.Message}");
                return;
            }

            if (PaperRecordReader.Read(bytes, relative, diagnostics) is { } paper)
            {
                papers.Add(paper);
            }
        });

        return RejectDuplicateIds(papers, diagnostics);
    }

    private static List<string> FindRecordFiles(SiteSources sources, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = false,
            MatchCasing = MatchCasing.CaseInsensitive,
        };

        var files = new List<string>();
        foreach (var entry in new DirectoryInfo(sources.PapersFolder).EnumerateFileSystemInfos("*", options))
        {
            if (!entry.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !entry.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entry is FileInfo)
            {
                files.Add(entry.FullName);
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.Unreadable, SourceLocation.File(sources.Relative(entry.FullName)), "this is a folder, not a record; it is ignored.");
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
