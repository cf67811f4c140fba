using System.Collections.Immutable;
using System.Globalization;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: what no single record can show. The same paper in two records (arXiv id in any version, or DOI
/// ignoring case) is an error on each, naming the others; near-identical titles are a warning naming both;
/// a listing day still to come is a warning. Hash maps only: linear in the archive's size.
/// </summary>
internal static class CheckAcrossRecords
{
    /// <summary>A day of slack: a contributor east of UTC may list a paper under their own today.</summary>
    private const int FutureSlackDays = 1;

    /// <summary>How many other records one message names; a hostile archive of thousands of copies gets short lines.</summary>
    private const int NamedAtMost = 5;

    /// <param name="today">Today (UTC), read from the clock by the caller for the future-date warning only; nothing built depends on it.</param>
    public static void Run(ImmutableArray<Paper> papers, DateOnly today, DiagnosticBag diagnostics)
    {
        var ordered = papers.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var arxivGroups = ReportSame(ordered, p => SamePaper.ArxivKey(p.ArxivId, p.Doi), p => p.ArxivId is null ? "doi" : "arxiv", "arXiv paper", alreadySaid: null, diagnostics);
        var doiGroups = ReportSame(ordered, p => SamePaper.DoiKey(p.Doi), _ => "doi", "DOI", alreadySaid: arxivGroups, diagnostics);
        ReportSimilarTitles(ordered, arxivGroups, doiGroups, diagnostics);
        ReportFutureDates(ordered, today, diagnostics);
    }

    /// <summary>Reports every group of two or more records with one key; returns each grouped record's key.</summary>
    private static Dictionary<Paper, string> ReportSame(List<Paper> papers, Func<Paper, string?> keyOf, Func<Paper, string> field, string what,
        Dictionary<Paper, string>? alreadySaid, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            if (keyOf(paper) is { } key)
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add(paper);
            }
        }

        var grouped = new Dictionary<Paper, string>(ReferenceEqualityComparer.Instance);
        foreach (var (key, group) in groups.Where(g => g.Value.Count > 1))
        {
            // Records already reported as one arXiv paper are not reported again for sharing its DOI.
            var sameGroupBefore = alreadySaid is not null && alreadySaid.TryGetValue(group[0], out var before) &&
                group.All(p => alreadySaid.TryGetValue(p, out var other) && other == before);
            foreach (var paper in group)
            {
                grouped[paper] = key;
                if (!sameGroupBefore)
                {
                    diagnostics.Error(DiagnosticCodes.DuplicatePaper, SourceLocation.File(paper.SourcePath),
                        $"'{field(paper)}' makes this the same {what} ({key}) as {Others(group, paper)}; keep one record per paper.");
                }
            }
        }

        return grouped;
    }

    private static void ReportSimilarTitles(List<Paper> papers, Dictionary<Paper, string> arxivGroups, Dictionary<Paper, string> doiGroups, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var key = SamePaper.TitleKey(paper.Title);
            if (key.Length == 0 || first.TryAdd(key, paper))
            {
                continue;
            }

            var earlier = first[key];
            if (SameGroup(arxivGroups, paper, earlier) || SameGroup(doiGroups, paper, earlier))
            {
                continue;
            }

            diagnostics.Warning(DiagnosticCodes.SimilarTitles, SourceLocation.File(paper.SourcePath),
                $"'title' is nearly the same as that of {earlier.SourcePath} (\"{MappingFields.Shorten(earlier.Title)}\"); if it is the same paper, keep one record.");
        }
    }

    private static void ReportFutureDates(List<Paper> papers, DateOnly today, DiagnosticBag diagnostics)
    {
        var latest = today.AddDays(FutureSlackDays);
        foreach (var paper in papers.Where(p => p.Date > latest))
        {
            diagnostics.Warning(DiagnosticCodes.FutureDate, SourceLocation.File(paper.SourcePath),
                string.Create(CultureInfo.InvariantCulture, $"'date' {paper.Date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} UTC); list a paper under a day that has come."));
        }
    }

    private static bool SameGroup(Dictionary<Paper, string> groups, Paper a, Paper b) =>
        groups.TryGetValue(a, out var keyA) && groups.TryGetValue(b, out var keyB) && keyA == keyB;

    private static string Others(List<Paper> group, Paper paper)
    {
        var others = group.Where(p => p != paper).Select(p => p.SourcePath);
        var named = string.Join(", ", others.Take(NamedAtMost));
        return group.Count - 1 > NamedAtMost ? string.Create(CultureInfo.InvariantCulture, $"{named} and {group.Count - 1 - NamedAtMost} more") : named;
    }
}
