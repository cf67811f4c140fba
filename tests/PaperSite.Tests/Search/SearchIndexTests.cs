using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsCheck;
using PaperSite.Testing;
using PaperSite.Tests.Faults;

namespace PaperSite.Tests.Search;

/// <summary>The index the build writes, read by the site's own script under Node, as a reader's browser reads it.</summary>
[Collection(HeavyTests.Name)]
public sealed class SearchIndexTests
{
    private const string Papers = """
        -- input/papers/zebra.yaml --
        title: Zebra Stripes as Camouflage
        date: 2025-10-10
        abstract: Stripes confuse biting flies.
        authors: [Ada Lovelace]
        tags: [biology]
        -- input/papers/quantum.yaml --
        title: Quantum Walks on Graphs
        date: 2025-10-11
        abstract: A walk that interferes with itself.
        authors: [Grace Hopper]
        tags: [physics]
        -- input/papers/pond.yaml --
        title: Pond Ecology
        date: 2024-05-02
        abstract: Frogs, flies and algae.
        authors: [Grace Hopper, Alan Turing]
        tags: [biology]
        """;

    [Fact]
    public void The_same_archive_gives_a_byte_identical_index()
    {
        using var site = TestSite.Create(Papers);
        ArchiveGenerator.AddPapers(site, 60);
        Assert.True(site.Build(output: Path.Combine(site.Root, "first")).Succeeded);
        Assert.True(site.Build(output: Path.Combine(site.Root, "second")).Succeeded);

        var first = site.Snapshot(Path.Combine(site.Root, "first", "search"));
        var second = site.Snapshot(Path.Combine(site.Root, "second", "search"));
        Assert.True(first.Count > 10);
        Assert.True(ArchiveGenerator.Same(first, second));
    }

    [Fact]
    public void Words_beside_runs_too_long_for_a_term_and_beside_other_scripts_are_found()
    {
        var run = new string('r', 41);
        using var site = TestSite.Create(Papers + $"\n-- input/papers/runs.yaml --\ntitle: Długie Słowa\ndate: 2025-10-12\nabstract: Before {run}é-afterword, Привет neighbour.\n");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(["runs"], SearchClient.Query(site.OutputFolder, "afterword").Ids);
        Assert.Equal(["runs"], SearchClient.Query(site.OutputFolder, "neighbour").Ids);
        Assert.Equal(["runs"], SearchClient.Query(site.OutputFolder, "dlugie slowa").Ids);
        Assert.Equal(["runs"], SearchClient.Query(site.OutputFolder, "before").Ids);
    }

    [Fact]
    public void A_query_loads_the_shards_of_its_words_and_the_records_of_its_results_only()
    {
        using var site = TestSite.Create(Papers);
        ArchiveGenerator.AddPapers(site, 60);
        Assert.True(site.Build().Succeeded);

        var answer = SearchClient.Query(site.OutputFolder, "zebra quantum");

        Assert.Equal(["quantum", "zebra"], answer.Ids.Order(StringComparer.Ordinal));
        var shards = answer.Files.Where(file => file.StartsWith("t/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["t/qua.txt.gz", "t/zeb.txt.gz"], shards.Order(StringComparer.Ordinal));
        var records = answer.Files.Where(file => file.StartsWith("r/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(records.Count, 1, 2);
        Assert.All(records, chunk => Assert.True(answer.Ids.Any(id => ReadIndexFile(site, chunk).Contains($"[\"{id}\"", StringComparison.Ordinal)), chunk));
        Assert.Equal(["manifest.json", .. records, .. shards], answer.Files.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    [Fact]
    public void A_word_in_every_paper_is_answered_from_the_start_of_its_list_and_a_filter_reads_on()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 700);
        Assert.True(site.Build().Succeeded);
        Assert.True(site.OutputExists("search/index/o/word-0.txt.gz"));

        var common = SearchClient.Query(site.OutputFolder, "word", "--limit", "10");
        Assert.Equal(10, common.Ids.Length);
        Assert.DoesNotContain(common.Files, file => file.StartsWith("o/", StringComparison.Ordinal));

        // Tag t7 has 18 of the 700 papers, spread over the whole list: all of them need more than its first 512.
        var filtered = SearchClient.Query(site.OutputFolder, "word", "--limit", "18", "--tag", "t7");
        Assert.Contains("o/word-0.txt.gz", filtered.Files);
        Assert.Equal(18, filtered.Ids.Length);
        Assert.All(filtered.Ids, id => Assert.Equal(7, int.Parse(id[1..], CultureInfo.InvariantCulture) % 40));
    }

    [Fact]
    public void Filters_by_year_and_sorting_by_date_or_upvotes_use_the_index()
    {
        using var site = TestSite.Create(Papers.Replace("tags: [physics]", "tags: [physics]\nupvotes: 9", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        Assert.Equal(["pond"], SearchClient.Query(site.OutputFolder, "flies", "--year", "2024").Ids);
        Assert.Equal(["zebra", "pond"], SearchClient.Query(site.OutputFolder, "flies", "--sort", "date").Ids);
        Assert.Equal(["quantum", "pond"], SearchClient.Query(site.OutputFolder, "hopper", "--sort", "upvotes").Ids);
        Assert.Equal(["zebra", "pond"], SearchClient.Query(site.OutputFolder, "", "--tag", "biology").Ids);
        Assert.Equal(["quantum"], SearchClient.Query(site.OutputFolder, "quan", "--typing").Ids);
    }

    private static readonly string[] TitleWords =
    [
        "Über", "naïve", "Models", "modeling", "studies", "GPT-4o", "self-supervised", "Attention", "Transformers", "Łódź",
        "analysis", "x86_64", "Ørsted", "embeddings", "C++", "3D", "the", "of", "straße", "İstanbul", "Ünïcödé",
    ];

    [Fact]
    public void Every_paper_is_found_by_each_word_of_its_title()
    {
        var word = Gen.OneOf(Gen.Int[0, TitleWords.Length - 1].Select(i => TitleWords[i]), Gen.Char['a', 'z'].Array[1, 12].Select(chars => new string(chars)));
        var archive = word.Array[1, 6].Select(words => string.Join(' ', words)).Array[1, 8];
        archive.Sample(titles =>
        {
            using var site = TestSite.Create("");
            for (var i = 0; i < titles.Length; i++)
            {
                site.Write(string.Create(CultureInfo.InvariantCulture, $"input/papers/p{i}.yaml"), $"title: \"{titles[i].Replace("\"", "", StringComparison.Ordinal)}\"\ndate: 2025-10-{(i % 28) + 1:00}\nabstract: Text.\n");
            }

            Assert.True(site.Build().Succeeded);
            var queries = titles.SelectMany((title, i) => title.Split(' ').Select(w => (Paper: "p" + i.ToString(CultureInfo.InvariantCulture), Word: w)))
                .Where(q => PaperSite.Search.SearchText.Terms(q.Word).Count > 0)
                .ToList();
            var answers = SearchClient.Query(site.OutputFolder, queries.Select(q => q.Word), "--limit", "100");
            for (var i = 0; i < queries.Count; i++)
            {
                Assert.True(answers[i].Ids.Contains(queries[i].Paper), $"'{queries[i].Word}' did not find {queries[i].Paper}");
            }
        }, iter: 12, threads: 1);
    }

    private static string ReadIndexFile(TestSite site, string path)
    {
        using var file = File.OpenRead(Path.Combine(site.OutputFolder, "search", "index", path));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
