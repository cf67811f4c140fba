using System.ServiceModel.Syndication;
using PaperSite.Diagnostics;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

public sealed class FeedSettingsTests
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    private static string WithSettings(string settings) => FeedSites.Archive + "\n-- input/site.yaml --\n" + TestSite.DefaultSettings + "\n" + settings;

    [Fact]
    public void Feed_size_limits_the_site_feeds_and_the_digest_and_tag_feed_size_the_tag_feeds()
    {
        using var site = FeedSites.Build(WithSettings("feed_size: 1\ntag_feed_size: 2"));

        Assert.All(FeedSites.AllFeeds.Where(path => !path.StartsWith("tags/", StringComparison.Ordinal)), path => Assert.Single(FeedSites.IdsByTitle(site, path)));
        Assert.All(FeedSites.AllFeeds.Where(path => path.StartsWith("tags/llm/", StringComparison.Ordinal)), path => Assert.Equal(2, FeedSites.IdsByTitle(site, path).Count));
        Assert.Equal("https://example.org/archive/papers/trimpi/", FeedSites.ReadSyndication(site, "feed.xml").Items.Single().Id);
        Assert.Equal("https://example.org/archive/days/2025-10-10/", FeedSites.ReadSyndication(site, "digest.xml").Items.Single().Id);
    }

    [Fact]
    public void By_default_a_site_feed_carries_fifty_items_and_a_tag_feed_twenty()
    {
        var papers = string.Concat(Enumerable.Range(1, 60).Select(i => $"-- input/papers/p{i}.yaml --\ntitle: Paper {i}\ndate: 2025-01-{1 + i % 28:00}\nabstract: A.\ntags: [t]\n"));
        using var site = FeedSites.Build(papers);

        Assert.Equal(50, FeedSites.ReadSyndication(site, "feed.xml").Items.Count());
        Assert.Equal(20, FeedSites.ReadSyndication(site, "tags/t/feed.xml").Items.Count());
        Assert.Equal(28, FeedSites.ReadSyndication(site, "digest.xml").Items.Count());
    }

    [Fact]
    public void Summary_only_feeds_carry_the_summary_and_no_abstract()
    {
        using var site = FeedSites.Build(WithSettings("feed_content: summary"));

        Assert.All(FeedSites.ReadSyndication(site, "feed.xml").Items, item =>
        {
            Assert.NotEmpty(item.Summary.Text);
            Assert.Empty(item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace));
        });
        Assert.All(FeedSites.ReadSyndication(site, "tags/llm/atom.xml").Items, item =>
        {
            Assert.NotEmpty(item.Summary.Text);
            Assert.Null(item.Content);
        });
        using var json = FeedSites.ReadJson(site, "feed.json");
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.False(item.TryGetProperty("content_html", out _));
            Assert.NotEmpty(item.GetProperty("content_text").GetString()!);
        });
    }

    [Fact]
    public void By_default_the_site_feeds_carry_abstracts_and_the_tag_feeds_summaries()
    {
        using var site = FeedSites.Build();

        Assert.All(FeedSites.ReadSyndication(site, "feed.xml").Items, item =>
            Assert.NotEmpty(item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace)));
        Assert.All(FeedSites.ReadSyndication(site, "tags/llm/feed.xml").Items, item =>
        {
            Assert.NotEmpty(item.Summary.Text);
            Assert.Empty(item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace));
        });
        Assert.All(FeedSites.ReadSyndication(site, "tags/llm/atom.xml").Items, item => Assert.Null(item.Content));
        using var json = FeedSites.ReadJson(site, "tags/llm/feed.json");
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.False(item.TryGetProperty("content_html", out _));
            Assert.NotEmpty(item.GetProperty("content_text").GetString()!);
        });
    }

    [Fact]
    public void Tag_feed_content_full_gives_the_tag_feeds_abstracts_too()
    {
        using var site = FeedSites.Build(WithSettings("tag_feed_content: full"));

        Assert.All(FeedSites.ReadSyndication(site, "tags/llm/feed.xml").Items, item =>
            Assert.NotEmpty(item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace)));
        Assert.All(FeedSites.ReadSyndication(site, "tags/llm/atom.xml").Items, item => Assert.NotNull(item.Content));
    }

    [Fact]
    public void The_daily_digest_lists_its_papers_whatever_feed_content_says()
    {
        using var site = FeedSites.Build(WithSettings("feed_content: summary"));

        var day = FeedSites.ReadSyndication(site, "digest.xml").Items.First();

        Assert.Contains("Multimodal Policy Internalization", day.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace).Single());
    }

    [Theory]
    [InlineData("feed_content: abstract", DiagnosticCodes.InvalidSiteSetting, 15, "'feed_content' must be full or summary, got 'abstract'.")]
    [InlineData("feed_content: Full", DiagnosticCodes.InvalidSiteSetting, 15, "'feed_content' must be full or summary, got 'Full'.")]
    [InlineData("tag_feed_size: 0", DiagnosticCodes.InvalidNumber, 16, "'tag_feed_size' must be a whole number from 1 to 10000, got '0'.")]
    [InlineData("tag_feed_content: none", DiagnosticCodes.InvalidSiteSetting, 19, "'tag_feed_content' must be full or summary, got 'none'.")]
    [InlineData("feed_size: 0", DiagnosticCodes.InvalidNumber, 12, "'feed_size' must be a whole number from 1 to 10000, got '0'.")]
    public void A_wrong_feed_setting_is_reported_where_it_is(string setting, string code, int column, string message)
    {
        using var site = TestSite.Create(WithSettings(setting));

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal(new Diagnostic(Severity.Error, code, "input/site.yaml", 4, column, message), Assert.Single(result.Diagnostics));
    }
}
