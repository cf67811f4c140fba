using AngleSharp.Html.Parser;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>Autodiscovery: a reader or browser given a page finds its feeds in the page's head.</summary>
public sealed class FeedDiscoveryTests
{
    private const string Base = "https://example.org/archive/";

    private static readonly string[] SiteFeeds =
    [
        "application/rss+xml " + Base + "feed.xml",
        "application/atom+xml " + Base + "atom.xml",
        "application/feed+json " + Base + "feed.json",
    ];

    private static readonly string[] DigestFeeds =
    [
        "application/rss+xml " + Base + "digest.xml",
        "application/atom+xml " + Base + "digest.atom",
        "application/feed+json " + Base + "digest.json",
    ];

    [Fact]
    public void The_home_page_offers_the_site_feeds_and_the_daily_digests()
    {
        using var site = FeedSites.Build();

        Assert.Equal([.. SiteFeeds, .. DigestFeeds], Alternates(site, "index.html"));
    }

    [Theory]
    [InlineData("tags/index.html")]
    [InlineData("archive/index.html")]
    [InlineData("search/index.html")]
    public void The_pages_a_reader_starts_from_offer_the_site_feeds_in_every_format(string page)
    {
        using var site = FeedSites.Build();

        Assert.Equal(SiteFeeds, Alternates(site, page));
    }

    [Theory]
    [InlineData("papers/trimpi/index.html")]
    [InlineData("days/2025-10-10/index.html")]
    [InlineData("weeks/2025-W41/index.html")]
    [InlineData("months/2025-10/index.html")]
    public void Pages_whose_number_grows_with_the_archive_offer_the_site_feed_once(string page)
    {
        using var site = FeedSites.Build();

        Assert.Equal([SiteFeeds[0]], Alternates(site, page));
        Assert.Contains("<a href=\"/archive/feed.xml\">RSS</a>", site.Output(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe:", site.Output(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_page_offers_its_own_feeds_first_then_the_site_feed()
    {
        using var site = FeedSites.Build();

        string[] expected =
        [
            "application/rss+xml " + Base + "tags/llm/feed.xml",
            "application/atom+xml " + Base + "tags/llm/atom.xml",
            "application/feed+json " + Base + "tags/llm/feed.json",
            SiteFeeds[0],
        ];
        Assert.Equal(expected, Alternates(site, "tags/llm/index.html"));
    }

    [Fact]
    public void Every_offered_feed_exists()
    {
        using var site = FeedSites.Build();

        var offered = Alternates(site, "tags/multimodal/index.html").Select(a => a.Split(' ')[1][Base.Length..]);

        Assert.All(offered, path => Assert.True(site.OutputExists(path), $"{path} is offered but missing"));
    }

    private static string[] Alternates(TestSite site, string page)
    {
        var document = new HtmlParser().ParseDocument(site.Output(page));
        return document.Head!.QuerySelectorAll("link[rel=alternate]")
            .Select(link =>
            {
                Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
                return link.GetAttribute("type") + " " + link.GetAttribute("href");
            })
            .ToArray();
    }
}
