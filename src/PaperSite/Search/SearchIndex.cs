using System.Collections.Immutable;
using PaperSite.Text;
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
        // Terms are known by number while counting, so a word costs one lookup of its characters and no string.
        using var table = new TermTable();
        var raw = new List<List<uint>>();
        var heavy = new Dictionary<(int Term, int Position), int>();
        var lengths = new int[papers.Length];

        // Papers are tokenised in parallel a batch at a time and merged in position order, so the result does
        // not depend on scheduling and only one batch of per-paper counts is held at once.
        var batch = new (int Term, int Weight)[Math.Min(BatchSize, papers.Length)][];
        for (var start = 0; start < papers.Length; start += BatchSize)
        {
            var count = Math.Min(BatchSize, papers.Length - start);
            Parallel.For(0, count, i => batch[i] = WeightedCounts(papers[start + i], table));
            while (raw.Count < table.Count)
            {
                raw.Add(new List<uint>(1));
            }

            for (var i = 0; i < count; i++)
            {
                var position = start + i;
                foreach (var (term, weight) in batch[i])
                {
                    raw[term].Add(((uint)position << 8) | (uint)Math.Min(weight, byte.MaxValue));
                    if (weight >= byte.MaxValue)
                    {
                        heavy[(term, position)] = weight;
                    }

                    lengths[position] += weight;
                }
            }
        }

        var averageLength = lengths.Length == 0 ? 1.0 : Math.Max(1.0, lengths.Average());
        var names = table.Names;
        var postingsOf = new Posting[raw.Count][];
        Parallel.For(0, raw.Count, term =>
        {
            // Impact order as one number, so the sort compares integers: highest level first, then position.
            var list = raw[term];
            var order = new uint[list.Count];
            for (var i = 0; i < order.Length; i++)
            {
                var position = (int)(list[i] >> 8);
                var weight = (int)(list[i] & byte.MaxValue);
                if (weight == byte.MaxValue)
                {
                    weight = heavy[(term, position)];
                }

                order[i] = ((uint)(Levels - Level(weight, lengths[position], averageLength)) << 24) | (uint)position;
            }

            // Each term's list goes as soon as its postings are made, so the two forms are never held whole at once.
            raw[term] = null!;
            Array.Sort(order);
            var postings = new Posting[order.Length];
            for (var i = 0; i < postings.Length; i++)
            {
                postings[i] = new Posting((int)(order[i] & 0xFFFFFF), Levels - (int)(order[i] >> 24));
            }

            postingsOf[term] = postings;
        });

        var terms = new SortedDictionary<string, Posting[]>(StringComparer.Ordinal);
        for (var term = 0; term < postingsOf.Length; term++)
        {
            terms[names[term]] = postingsOf[term];
        }

        return new SearchIndex(papers, terms);
    }

    /// <summary>BM25's term frequency part, tf·(k1+1) / (tf + k1·(1−b+b·len/avg)), scaled to 1..<see cref="Levels"/>.</summary>
    public static int Level(int weightedCount, int length, double averageLength)
    {
        var saturated = weightedCount / (weightedCount + (K1 * (1 - B + (B * length / averageLength))));
        return Math.Clamp(1 + (int)(saturated * Levels), 1, Levels);
    }

    /// <summary>Each term the paper holds, with its weighted count, in the order first met.</summary>
    private static (int Term, int Weight)[] WeightedCounts(PaperView paper, TermTable table)
    {
        var counts = WordCounts.ForThisThread();
        Span<char> buffer = stackalloc char[SearchText.MaxTermLength];
        void Add(string? text, int weight, Span<char> buffer)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var word in new SearchText.Words(AsciiFolding.Fold(text), buffer))
            {
                counts.Add(table.IdOf(word), weight);
            }
        }

        Add(paper.Title, TitleWeight, buffer);

        // The record's authors, not the view's: those are made, with their addresses, each time they are read.
        foreach (var author in paper.Source.Authors)
        {
            Add(author.Name, AuthorWeight, buffer);
            Add(author.Affiliation, OrganizationWeight, buffer);
        }

        foreach (var tag in paper.Tags)
        {
            Add(tag.Name, TagWeight, buffer);
        }

        Add(paper.Organization, OrganizationWeight, buffer);
        Add(paper.AbstractText, AbstractWeight, buffer);
        return counts.TakeAll();
    }

    /// <summary>
    /// One thread's counts for the paper it is on, by term number: an array indexed by term and the list of terms
    /// touched, cleared as they are taken, so a paper's two hundred words cost no hashing and no allocation but the result.
    /// </summary>
    private sealed class WordCounts
    {
        [ThreadStatic]
        private static WordCounts? s_current;

        private int[] _weights = new int[1024];
        private readonly List<int> _touched = [];

        public static WordCounts ForThisThread() => s_current ??= new WordCounts();

        public void Add(int term, int weight)
        {
            if (term >= _weights.Length)
            {
                Array.Resize(ref _weights, Math.Max(term + 1, _weights.Length * 2));
            }

            if (_weights[term] == 0)
            {
                _touched.Add(term);
            }

            _weights[term] += weight;
        }

        public (int Term, int Weight)[] TakeAll()
        {
            var all = new (int Term, int Weight)[_touched.Count];
            for (var i = 0; i < all.Length; i++)
            {
                var term = _touched[i];
                all[i] = (term, _weights[term]);
                _weights[term] = 0;
            }

            _touched.Clear();
            return all;
        }
    }

    /// <summary>
    /// Numbers for terms, shared by the threads that count words. Each thread keeps the words it has met, found by
    /// their characters without making a string; a word new to the thread is stemmed, and its stem looked up (and
    /// numbered if new to the build) under one lock. Numbers depend on scheduling, so nothing written may: terms
    /// leave the index by name, in name order.
    /// </summary>
    private sealed class TermTable : IDisposable
    {
        private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];
        private readonly Lock _gate = new();
        private readonly ThreadLocal<Dictionary<string, int>> _known = new(() => new Dictionary<string, int>(StringComparer.Ordinal));

        /// <summary>How many terms are numbered; read between batches, when no thread is adding.</summary>
        public int Count => _names.Count;

        /// <summary>Each term's name, by number; read once every word is counted.</summary>
        public List<string> Names => _names;

        public int IdOf(ReadOnlySpan<char> word)
        {
            var known = _known.Value!;
            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var id))
            {
                return id;
            }

            var spelled = word.ToString();
            var stem = LightStemmer.Stem(spelled);
            lock (_gate)
            {
                if (!_stems.TryGetValue(stem, out id))
                {
                    id = _names.Count;
                    _names.Add(stem);
                    _stems[stem] = id;
                }
            }

            known[spelled] = id;
            return id;
        }

        public void Dispose() => _known.Dispose();
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
