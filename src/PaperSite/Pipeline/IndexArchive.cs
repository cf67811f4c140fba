using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>Stage: builds the <see cref="ArchiveIndex"/> (days, tags, tag slugs) in one pass over the papers plus sorts.</summary>
internal static class IndexArchive
{
    public static ArchiveIndex Run(ImmutableArray<Paper> papers, DiagnosticBag diagnostics)
    {
        var newestFirst = papers.Sort(PaperOrder.Newest);

        var days = newestFirst
            .GroupBy(p => p.Date)
            .OrderBy(g => g.Key)
            .Select(g => new Day(g.Key, g.ToImmutableArray().Sort(PaperOrder.MostUpvoted)))
            .ToImmutableArray();

        // Each spelling's key is computed once, here, and reused by every later pass.
        var keysByPaper = new Dictionary<Paper, string[]>(papers.Length, ReferenceEqualityComparer.Instance);
        foreach (var paper in papers)
        {
            keysByPaper[paper] = paper.Tags.Select(Tag.KeyOf).ToArray();
        }

        // Group spellings by key; the tag's display name is its most used spelling (ties: ordinal first).
        var spellingsByKey = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var keys = keysByPaper[paper];
            for (var i = 0; i < keys.Length; i++)
            {
                var (key, spelling) = (keys[i], paper.Tags[i]);
                if (!spellingsByKey.TryGetValue(key, out var spellings))
                {
                    spellingsByKey[key] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                spellings[spelling] = spellings.GetValueOrDefault(spelling) + 1;
            }
        }

        var slugs = TagSlugs.Assign(spellingsByKey.Keys);
        WarnAboutLookAlikeTags(papers, keysByPaper, slugs, diagnostics);
        var tagsByKey = spellingsByKey.ToDictionary(
            pair => pair.Key,
            pair => new Tag(pair.Key, PreferredSpelling(pair.Value), slugs[pair.Key]),
            StringComparer.Ordinal);

        var papersByTag = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        var tagsByPaper = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Tag>>(StringComparer.Ordinal);
        foreach (var paper in newestFirst)
        {
            var tags = keysByPaper[paper].Select(key => tagsByKey[key]).ToImmutableArray();
            tagsByPaper[paper.Id] = tags;
            foreach (var tag in tags)
            {
                if (!papersByTag.TryGetValue(tag.Key, out var list))
                {
                    papersByTag[tag.Key] = list = [];
                }

                list.Add(paper);
            }
        }

        var tagGroups = papersByTag
            .Select(pair => new TagGroup(tagsByKey[pair.Key], [.. pair.Value]))
            .OrderBy(g => g.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Tag.Slug, StringComparer.Ordinal)
            .ToImmutableArray();

        return new ArchiveIndex(papers, days, tagGroups, tagsByPaper.ToImmutable()) { NewestFirst = newestFirst };
    }

    /// <summary>
    /// "fine tuning" beside "fine-tuning" is almost always one topic spelt two ways. Both still get
    /// pages (suffixed addresses), but the maintainer is told, at the first record using each.
    /// One pass over the papers finds every key's first record, however many look-alike groups there are.
    /// </summary>
    private static void WarnAboutLookAlikeTags(ImmutableArray<Paper> papers, Dictionary<Paper, string[]> keysByPaper, IReadOnlyDictionary<string, string> slugs, DiagnosticBag diagnostics)
    {
        var lookAlikes = slugs.Keys
            .Where(key => slugs[key] != TagSlugs.Of(key))
            .GroupBy(key => TagSlugs.Of(key.Replace(' ', '-')), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Order(StringComparer.Ordinal).ToList())
            .ToList();
        if (lookAlikes.Count == 0)
        {
            return;
        }

        var firstUse = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in lookAlikes.SelectMany(keys => keys))
        {
            firstUse[key] = "";
        }

        foreach (var paper in papers)
        {
            foreach (var key in keysByPaper[paper])
            {
                if (firstUse.TryGetValue(key, out var first) && (first.Length == 0 || string.CompareOrdinal(paper.SourcePath, first) < 0))
                {
                    firstUse[key] = paper.SourcePath;
                }
            }
        }

        foreach (var keys in lookAlikes)
        {
            var first = keys.Select(key => firstUse[key]).Min(StringComparer.Ordinal)!;
            diagnostics.Warning(DiagnosticCodes.SimilarTags, SourceLocation.File(first),
                $"the tags {string.Join(" and ", keys.Select(k => $"'{k}'"))} differ only in punctuation; they get separate pages. Use one spelling to merge them.");
        }
    }

    private static string PreferredSpelling(Dictionary<string, int> spellings) =>
        spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
}
