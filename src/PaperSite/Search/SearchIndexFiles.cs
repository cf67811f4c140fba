using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Indexing;

namespace PaperSite.Search;

/// <summary>
/// Cuts the <see cref="SearchIndex"/> into the files a reader's browser fetches, below <c>search/index/</c>,
/// so that a query loads only what its words need (docs/SEARCH.md gives the layout and the reasons):
/// <list type="bullet">
/// <item><c>manifest.json</c>: the number of papers, which shards exist (<see cref="ShardKeys"/>), the position range of each year.</item>
/// <item><c>t/&lt;prefix&gt;.txt.gz</c>: one shard per term prefix (first <see cref="ShardPrefixLength"/> letters),
/// each term with its document frequency and the first <see cref="FirstBlock"/> postings of its list.</item>
/// <item><c>o/&lt;term&gt;-&lt;n&gt;.txt.gz</c>: the rest of a long list, <see cref="OverflowBlock"/> postings a file,
/// fetched only when the first block does not give enough results.</item>
/// <item><c>r/&lt;n&gt;.json.gz</c>: the result records (title, authors, date, tags, abstract text for snippets) of
/// <see cref="RecordChunk"/> papers a file, by position.</item>
/// <item><c>g/&lt;slug&gt;.txt.gz</c>: each tag's papers, for the tag filter; <c>upvotes.txt.gz</c>: every paper's upvotes,
/// fetched only to sort by them.</item>
/// </list>
/// Numbers are written with <see cref="VarintText"/>; positions are gaps from the previous one. Every file but the
/// manifest is gzip-compressed (<see cref="Output.SiteFile.Gzip"/>), as Pagefind's are: the index is stored at its transfer
/// size whatever the host does. Every file is made in a defined order with invariant formatting, so the same archive
/// gives the same bytes.
/// </summary>
internal static class SearchIndexFiles
{
    public const string Folder = "search/index/";
    public const int Version = 1;
    public const int ShardPrefixLength = 3;
    public const int FirstBlock = 512;
    public const int OverflowBlock = 4096;
    public const int RecordChunk = 5;

    /// <summary>
    /// Records come from strangers. The script only JSON.parses them and shows them as text, but the characters HTML
    /// gives meaning to (&lt; &gt; &amp; quotes) are written as \u escapes anyway, so no file of the index ever holds
    /// markup; letters of every script are written as they are, which keeps non-English text compact.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly UTF8Encoding Utf8 = new(false);

    public static string ShardOf(string term) => term.Length <= ShardPrefixLength ? term : term[..ShardPrefixLength];

    public static string ShardPath(string shard) => $"{Folder}t/{shard}.txt.gz";

    public static string OverflowPath(string term, int block) => string.Create(CultureInfo.InvariantCulture, $"{Folder}o/{term}-{block}.txt.gz");

    public static string RecordPath(int chunk) => string.Create(CultureInfo.InvariantCulture, $"{Folder}r/{chunk}.json.gz");

    public static string TagPath(string slug) => $"{Folder}g/{slug}.txt.gz";

    /// <summary>Every file of the index, site-relative path and bytes, made one at a time as they are written.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Of(SearchIndex index, ArchiveIndex archive)
    {
        var shards = index.Terms.Keys.Select(ShardOf).Distinct().ToList();
        yield return (Folder + "manifest.json", Utf8.GetBytes(Manifest(index, shards)));

        foreach (var shard in index.Terms.GroupBy(term => ShardOf(term.Key)))
        {
            var text = new StringBuilder();
            foreach (var (term, postings) in shard)
            {
                var overflow = OverflowCount(postings.Length);
                text.Append(term).Append(' ')
                    .Append(postings.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(overflow.ToString(CultureInfo.InvariantCulture)).Append(' ');
                AppendPostings(text, postings.AsSpan(0, Math.Min(FirstBlock, postings.Length)));
                text.Append('\n');
            }

            yield return (ShardPath(shard.Key), Utf8.GetBytes(text.ToString()));
        }

        foreach (var (term, postings) in index.Terms)
        {
            for (var block = 0; block < OverflowCount(postings.Length); block++)
            {
                var start = FirstBlock + (block * OverflowBlock);
                var text = new StringBuilder();
                AppendPostings(text, postings.AsSpan(start, Math.Min(OverflowBlock, postings.Length - start)));
                yield return (OverflowPath(term, block), Utf8.GetBytes(text.Append('\n').ToString()));
            }
        }

        for (var chunk = 0; chunk * RecordChunk < index.Papers.Length; chunk++)
        {
            var records = index.Papers.Skip(chunk * RecordChunk).Take(RecordChunk).Select(Record).ToArray();
            yield return (RecordPath(chunk), JsonSerializer.SerializeToUtf8Bytes(records, Json));
        }

        foreach (var group in archive.Tags)
        {
            var text = new StringBuilder();
            AppendGaps(text, group.Papers.Order());
            yield return (TagPath(group.Tag.Slug), Utf8.GetBytes(text.Append('\n').ToString()));
        }

        var upvotes = new StringBuilder();
        foreach (var paper in index.Papers)
        {
            VarintText.Append(upvotes, paper.Upvotes);
        }

        yield return (Folder + "upvotes.txt.gz", Utf8.GetBytes(upvotes.Append('\n').ToString()));
    }

    private static int OverflowCount(int postings) => postings <= FirstBlock ? 0 : ((postings - FirstBlock + OverflowBlock - 1) / OverflowBlock);

    /// <summary>Runs of one level: the level, how many, then their positions as gaps (first from −1).</summary>
    private static void AppendPostings(StringBuilder text, ReadOnlySpan<Posting> postings)
    {
        var i = 0;
        while (i < postings.Length)
        {
            var level = postings[i].Level;
            var end = i;
            while (end < postings.Length && postings[end].Level == level)
            {
                end++;
            }

            VarintText.Append(text, level);
            VarintText.Append(text, end - i);
            var previous = -1;
            for (; i < end; i++)
            {
                VarintText.Append(text, postings[i].Paper - previous - 1);
                previous = postings[i].Paper;
            }
        }
    }

    private static void AppendGaps(StringBuilder text, IEnumerable<int> positions)
    {
        var previous = -1;
        foreach (var position in positions)
        {
            VarintText.Append(text, position - previous - 1);
            previous = position;
        }
    }

    private static object[] Record(Views.PaperView paper) =>
    [
        paper.Id,
        paper.Title,
        paper.AuthorsShort ?? "",
        paper.DateIso,
        paper.Upvotes,
        paper.Tags.Select(tag => new[] { tag.Name, tag.Slug }).ToArray(),
        paper.AbstractText,
    ];

    private static string Manifest(SearchIndex index, List<string> shards)
    {
        // Positions are newest first, so each year is one run of positions: filtering by year fetches nothing.
        var years = new List<int[]>();
        for (var i = 0; i < index.Papers.Length; i++)
        {
            var year = int.Parse(index.Papers[i].DateIso.AsSpan(0, 4), CultureInfo.InvariantCulture);
            if (years.Count > 0 && years[^1][0] == year)
            {
                years[^1][2] = i;
            }
            else
            {
                years.Add([year, i, i]);
            }
        }

        var manifest = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = Version,
            ["papers"] = index.Papers.Length,
            ["levels"] = SearchIndex.Levels,
            ["k1"] = SearchIndex.K1,
            ["prefix"] = ShardPrefixLength,
            ["chunk"] = RecordChunk,
            ["years"] = years,
        };
        if (ShardKeys.List(shards) is { } list)
        {
            manifest["shards"] = list;
        }
        else
        {
            manifest["shardBits"] = ShardKeys.Bitmap(shards);
        }

        return JsonSerializer.Serialize(manifest, Json) + "\n";
    }
}
