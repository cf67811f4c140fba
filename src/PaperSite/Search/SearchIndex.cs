using System.Collections.Immutable;
using PaperSite.Views;

namespace PaperSite.Search;

/// <summary>
/// The inverted index of the archive, before it is cut into files. A paper is known by its position in the
/// site's views (newest first), so a year is a run of positions and "newest first" is position order.
/// Each term's postings are ordered by impact: the paper's BM25 term score with its length normalisation, cut to
/// <see cref="Levels"/> levels, highest first, then by position. The reader multiplies a level by the term's
/// idf, which needs only the term's document frequency, so reading the start of a list gives its best papers.
/// </summary>
internal sealed class SearchIndex
{
    public const int Levels = 31;
    public const double K1 = 1.2;
    public const double B = 0.75;

    // Where a word is counts: a title or author match ranks above the same word in an abstract.
    public const int TitleWeight = 3;
    public const int AuthorWeight = 3;
    public const int TagWeight = 2;
    public const int OrganizationWeight = 2;
    public const int AbstractWeight = 1;

    private const int BatchSize = 1024;

    private SearchIndex(ImmutableArray<PaperView> papers, SortedDictionary<string, Posting[]> terms)
    {
        Papers = papers;
        Terms = terms;
    }

    public ImmutableArray<PaperView> Papers { get; }

    /// <summary>Every term, in ordinal order, with its postings in impact order.</summary>
    public SortedDictionary<string, Posting[]> Terms { get; }

    public static SearchIndex Build(ImmutableArray<PaperView> papers)
    {
        if (papers.Length > Posting.MaxPapers)
        {
            throw new InvalidOperationException($"the search index holds at most {Posting.MaxPapers} papers.");
        }

        // A term's postings as (position << 8 | weighted count): four bytes each, since at 100,000 papers there are
        // about twelve million of them. A count of 255 or more (a word all over a very long record) is kept beside.
        var raw = new Dictionary<string, List<uint>>(StringComparer.Ordinal);
        var heavy = new Dictionary<(string Term, int Position), int>();
        var lengths = new int[papers.Length];

        // Papers are tokenised in parallel a batch at a time and merged in position order, so the result does
        // not depend on scheduling and only one batch of per-paper counts is held at once.
        var batch = new Dictionary<string, int>[Math.Min(BatchSize, papers.Length)];
        for (var start = 0; start < papers.Length; start += BatchSize)
        {
            var count = Math.Min(BatchSize, papers.Length - start);
            Parallel.For(0, count, i => batch[i] = WeightedCounts(papers[start + i]));
            for (var i = 0; i < count; i++)
            {
                var position = start + i;
                foreach (var (term, weight) in batch[i])
                {
                    if (!raw.TryGetValue(term, out var list))
                    {
                        raw[term] = list = new List<uint>(1);
                    }

                    list.Add(((uint)position << 8) | (uint)Math.Min(weight, byte.MaxValue));
                    if (weight >= byte.MaxValue)
                    {
                        heavy[(term, position)] = weight;
                    }

                    lengths[position] += weight;
                }
            }
        }

        var averageLength = lengths.Length == 0 ? 1.0 : Math.Max(1.0, lengths.Average());
        var terms = new SortedDictionary<string, Posting[]>(StringComparer.Ordinal);
        foreach (var term in raw.Keys.ToArray())
        {
            var list = raw[term];
            var postings = new Posting[list.Count];
            for (var i = 0; i < postings.Length; i++)
            {
                var position = (int)(list[i] >> 8);
                var weight = (int)(list[i] & byte.MaxValue);
                if (weight == byte.MaxValue)
                {
                    weight = heavy[(term, position)];
                }

                postings[i] = new Posting(position, Level(weight, lengths[position], averageLength));
            }

            // Each term's list goes as soon as its postings are made, so the two forms are never held whole at once.
            raw.Remove(term);
            Array.Sort(postings, static (a, b) => a.Level != b.Level ? b.Level.CompareTo(a.Level) : a.Paper.CompareTo(b.Paper));
            terms[term] = postings;
        }

        return new SearchIndex(papers, terms);
    }

    /// <summary>BM25's term frequency part, tf·(k1+1) / (tf + k1·(1−b+b·len/avg)), scaled to 1..<see cref="Levels"/>.</summary>
    public static int Level(int weightedCount, int length, double averageLength)
    {
        var saturated = weightedCount / (weightedCount + (K1 * (1 - B + (B * length / averageLength))));
        return Math.Clamp(1 + (int)(saturated * Levels), 1, Levels);
    }

    private static Dictionary<string, int> WeightedCounts(PaperView paper)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? text, int weight)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var term in SearchText.Terms(text))
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }
        }

        Add(paper.Title, TitleWeight);
        foreach (var author in paper.Authors)
        {
            Add(author.Name, AuthorWeight);
            Add(author.Affiliation, OrganizationWeight);
        }

        foreach (var tag in paper.Tags)
        {
            Add(tag.Name, TagWeight);
        }

        Add(paper.Organization, OrganizationWeight);
        Add(paper.AbstractText, AbstractWeight);
        return counts;
    }
}

/// <summary>One paper in a term's list: its position and impact level.</summary>
/// <summary>A paper's position and its level for a term, in four bytes: twelve million of them at 100,000 papers.</summary>
internal readonly struct Posting(int paper, int level)
{
    /// <summary>Levels (1 to <see cref="SearchIndex.Levels"/>) take 5 bits; positions could take 27, but the index is built with 24 (below).</summary>
    public const int MaxPapers = 1 << 24;

    private readonly uint _packed = ((uint)paper << 5) | (uint)level;

    public int Paper => (int)(_packed >> 5);

    public int Level => (int)(_packed & 31);
}
