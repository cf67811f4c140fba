using System.Text.Json;
using System.Xml;
using System.ServiceModel.Syndication;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>The small archive the feed tests build, and ways to read its feeds back.</summary>
internal static class FeedSites
{
    /// <summary>Two days, two tags, math, links of every kind, authors with and without ORCID, and text that needs escaping.</summary>
    public const string Archive = """
        -- input/papers/2025/10/trimpi.yaml --
        title: Multimodal Policy Internalization for Conversational Agents
        date: 2025-10-10
        published: 2025-10-09
        arxiv: 2510.08521
        abstract: |
          Modern conversational agents follow policies. We bound the regret by $O(\sqrt{T \log T})$
          and show $\mathcal{L} = \sum_{i=1}^{n} x_i^2$ shrinks.

          See [the project](https://mikewangwzhl.github.io/TriMPI), [a relative page](/about/),
          [a script](javascript:alert(1)) and www.example.com for more.
        authors:
          - Ada Lovelace
          - name: Alan Turing
            affiliation: University of Manchester
            orcid: 0000-0002-1825-0097
        organization: Amazon
        tags: [multimodal, LLM]
        upvotes: 7
        links:
          code: https://github.com/example/trimpi
        doi: 10.48550/arXiv.2510.08521
        -- input/papers/2025/10/second.yaml --
        title: Fast & <Robust> "Unlearning"
        date: 2025-10-10
        abstract: We forget quickly when $a < b$ and 'quotes' & <tags> stay text.
        organization: Lab & Co
        tags: [llm]
        upvotes: 2
        -- input/papers/2025/10/earlier.yaml --
        title: An Earlier Paper
        date: 2025-10-08
        abstract: Nothing special. It has two sentences.
        authors: [Grace Hopper]
        tags: [Multimodal]
        """;

    public static readonly string[] TagSlugs = ["llm", "multimodal"];

    /// <summary>Every feed the archive has, as paths below the output folder.</summary>
    public static IEnumerable<string> RssFeeds => ["feed.xml", "digest.xml", .. TagSlugs.Select(s => $"tags/{s}/feed.xml")];

    public static IEnumerable<string> AtomFeeds => ["atom.xml", "digest.atom", .. TagSlugs.Select(s => $"tags/{s}/atom.xml")];

    public static IEnumerable<string> JsonFeeds => ["feed.json", "digest.json", .. TagSlugs.Select(s => $"tags/{s}/feed.json")];

    public static IEnumerable<string> AllFeeds => [.. RssFeeds, .. AtomFeeds, .. JsonFeeds];

    /// <summary>The archive with every feed carrying abstracts, tag feeds too (<c>tag_feed_content: full</c>): for tests of content in every feed.</summary>
    public static TestSite BuildWithContentEverywhere() => Build(Archive + "\n-- input/site.yaml --\n" + TestSite.DefaultSettings + "\ntag_feed_content: full\n");

    public static TestSite Build(string files = Archive)
    {
        var site = TestSite.Create(files);
        var result = site.Build();
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        return site;
    }

    /// <summary>Reads an RSS or Atom feed with System.ServiceModel.Syndication, which throws on anything malformed.</summary>
    public static SyndicationFeed ReadSyndication(TestSite site, string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.OutputFolder, path), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    public static JsonDocument ReadJson(TestSite site, string path) => JsonDocument.Parse(site.Output(path));

    /// <summary>An item's identity in whichever format the feed is: the RSS guid, the Atom id, the JSON Feed id, by title.</summary>
    public static Dictionary<string, string> IdsByTitle(TestSite site, string path)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = ReadJson(site, path);
            return json.RootElement.GetProperty("items").EnumerateArray()
                .ToDictionary(item => item.GetProperty("title").GetString()!, item => item.GetProperty("id").GetString()!);
        }

        return ReadSyndication(site, path).Items.ToDictionary(item => item.Title.Text, item => item.Id);
    }
}
