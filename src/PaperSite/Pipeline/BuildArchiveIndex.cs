using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: builds the <see cref="ArchiveIndex"/>: the papers newest first, and their days, weeks, months, tags
/// and authors, in one pass over the sorted papers. Walking them newest first means every slice's positions
/// come out in order without sorting each slice.
/// </summary>
internal static class BuildArchiveIndex
{
    public static ArchiveIndex Run(ImmutableArray<Paper> loaded, int authorMinPapers, DiagnosticBag diagnostics)
    {
        var papers = loaded.Sort(PaperOrder.Newest);

        var tags = ResolveTags(papers, diagnostics);
        var tagsOf = papers.Select(paper => paper.Tags.Select(spelling => tags[Tag.KeyOf(spelling)]).Distinct().ToImmutableArray()).ToImmutableArray();
        var tagGroups = GroupPositions(tagsOf.Select(list => list.Select(tag => tag)))
            .Select(pair => new TagGroup(pair.Key, pair.Value))
            .OrderBy(group => group.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(group => group.Tag.Slug, StringComparer.Ordinal)
            .ToImmutableArray();

        var (authorGroups, authorPagesOf) = GroupAuthors(papers, authorMinPapers);

        return new ArchiveIndex(
            papers,
            tagsOf,
            authorPagesOf,
            Periods(papers, p => p.Date),
            Periods(papers, p => IsoWeek.Of(p.Date)),
            Periods(papers, p => YearMonth.Of(p.Date)),
            tagGroups,
            authorGroups);
    }

    /// <summary>
    /// Consecutive runs of one key, oldest first. Papers are sorted newest day first, so each day, week or
    /// month is one run; within a day the papers stay most upvoted first.
    /// </summary>
    private static ImmutableArray<PaperGroup<TKey>> Periods<TKey>(ImmutableArray<Paper> papers, Func<Paper, TKey> keyOf)
        where TKey : IEquatable<TKey>
    {
        var groups = new List<PaperGroup<TKey>>();
        var start = 0;
        for (var i = 1; i <= papers.Length; i++)
        {
            if (i == papers.Length || !keyOf(papers[i]).Equals(keyOf(papers[start])))
            {
                groups.Add(new PaperGroup<TKey>(keyOf(papers[start]), [.. Enumerable.Range(start, i - start)]));
                start = i;
            }
        }

        groups.Reverse();
        return [.. groups];
    }

    /// <summary>Positions grouped by key, in ascending position (newest first), keys in first-seen order.</summary>
    private static List<KeyValuePair<TKey, ImmutableArray<int>>> GroupPositions<TKey>(IEnumerable<IEnumerable<TKey>> keysByPosition)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<int>>();
        var order = new List<TKey>();
        var position = 0;
        foreach (var keys in keysByPosition)
        {
            foreach (var key in keys)
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                    order.Add(key);
                }

                list.Add(position);
            }

            position++;
        }

        return order.Select(key => KeyValuePair.Create(key, lists[key].ToImmutableArray())).ToList();
    }

    /// <summary>
    /// Each tag key with its display name (its most used spelling) and its unique slug.
    /// </summary>
    private static Dictionary<string, Tag> ResolveTags(ImmutableArray<Paper> papers, DiagnosticBag diagnostics)
    {
        var spellings = CountSpellings(papers.Select(p => p.Tags.Select(tag => (tag, Tag.KeyOf(tag)))));
        var slugs = Slugs.Assign(spellings.Keys);
        WarnAboutLookAlikeTags(papers, slugs, diagnostics);
        return spellings.ToDictionary(pair => pair.Key, pair => new Tag(pair.Key, PreferredSpelling(pair.Value), slugs[pair.Key]), StringComparer.Ordinal);
    }

    /// <summary>
    /// Authors with at least <paramref name="minPapers"/> papers get a page. Names are matched as tags are:
    /// "Ada Lovelace" and "ada  lovelace" are one author, shown under the most used spelling.
    /// </summary>
    private static (ImmutableArray<AuthorGroup> Groups, ImmutableArray<ImmutableArray<AuthorGroup?>> PagesOf) GroupAuthors(ImmutableArray<Paper> papers, int minPapers)
    {
        // Each name's key, found once: a paper's authors are keyed for grouping, spellings and pages alike.
        var authorKeys = papers.Select(p => p.Authors.Select(a => Tag.KeyOf(a.Name)).ToArray()).ToArray();
        var keysOf = authorKeys.Select(k => k.Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var withPages = GroupPositions(keysOf).Where(pair => pair.Value.Length >= minPapers).ToList();
        var keys = withPages.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var spellings = CountSpellings(papers.Select((p, i) => p.Authors.Select((a, j) => (a.Name, Key: authorKeys[i][j])).Where(name => keys.Contains(name.Key))));
        var slugs = Slugs.Assign(keys, fallback: "author");
        var groups = withPages
            .Select(pair => new AuthorGroup(pair.Key, PreferredSpelling(spellings[pair.Key]), slugs[pair.Key], pair.Value))
            .OrderBy(group => group.Slug, StringComparer.Ordinal)
            .ToImmutableArray();

        var byKey = groups.ToDictionary(group => group.Key, StringComparer.Ordinal);
        var pagesOf = authorKeys.Select(k => k.Select(key => byKey.GetValueOrDefault(key)).ToImmutableArray()).ToImmutableArray();
        return (groups, pagesOf);
    }

    /// <summary>How often each spelling of each key is used.</summary>
    private static Dictionary<string, Dictionary<string, int>> CountSpellings(IEnumerable<IEnumerable<(string Spelling, string Key)>> spellingsByPaper)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var spellings in spellingsByPaper)
        {
            foreach (var (spelling, key) in spellings)
            {
                if (!counts.TryGetValue(key, out var bySpelling))
                {
                    counts[key] = bySpelling = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                bySpelling[spelling] = bySpelling.GetValueOrDefault(spelling) + 1;
            }
        }

        return counts;
    }

    /// <summary>
    /// "fine tuning" beside "fine-tuning" is almost always one topic spelt two ways. Both still get pages
    /// (suffixed addresses), but the maintainer is told, at the first record (by path) using either. One pass
    /// finds each key's first record, so the cost stays linear however many look-alikes there are.
    /// </summary>
    private static void WarnAboutLookAlikeTags(ImmutableArray<Paper> papers, IReadOnlyDictionary<string, string> slugs, DiagnosticBag diagnostics)
    {
        var groups = slugs.Keys
            .Where(key => slugs[key] != Slugs.Of(key))
            .GroupBy(key => Slugs.Of(key.Replace(' ', '-')), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .ToList();
        if (groups.Count == 0)
        {
            return;
        }

        var firstSource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            foreach (var spelling in paper.Tags)
            {
                var key = Tag.KeyOf(spelling);
                if (!firstSource.TryGetValue(key, out var source) || string.CompareOrdinal(paper.SourcePath, source) < 0)
                {
                    firstSource[key] = paper.SourcePath;
                }
            }
        }

        foreach (var group in groups)
        {
            var keys = group.Order(StringComparer.Ordinal).ToList();
            var first = keys.Select(key => firstSource[key]).Min(StringComparer.Ordinal)!;
            diagnostics.Warning(DiagnosticCodes.SimilarTags, SourceLocation.File(first),
                $"the tags {string.Join(" and ", keys.Select(k => $"'{k}'"))} differ only in punctuation; they get separate pages. Use one spelling to merge them.");
        }
    }

    private static string PreferredSpelling(Dictionary<string, int> spellings) =>
        spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
}
