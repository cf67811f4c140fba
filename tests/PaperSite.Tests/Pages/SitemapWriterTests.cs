using System.Xml.Linq;
using PaperSite.Model;
using PaperSite.Pipeline;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Tests.Pages;

/// <summary>The sitemap protocol allows 50,000 addresses a file: one more makes an index over two files.</summary>
public sealed class SitemapWriterTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly SiteUrls Urls = new(new SiteSettings { Title = "T", BaseUrl = new Uri("https://example.org/sub/") });

    private static List<PageJob> Pages(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PageJob(SiteUrls.PaperPath(FormattableString.Invariant($"p{i}")), "paper.html", OutputFormat.Html, new PageView("paper", "P", null, "", []), new object()))];

    [Fact]
    public void Fifty_thousand_addresses_fit_one_sitemap()
    {
        var files = WriteSitemap.Run(Pages(50_000), Urls);

        Assert.Equal(["sitemap.xml", "robots.txt"], files.Select(f => f.Path));
        Assert.Equal(50_000, XDocument.Parse(files[0].Text).Descendants(Sitemaps + "loc").Count());
    }

    [Fact]
    public void Fifty_thousand_and_one_addresses_make_a_sitemap_index_over_two_files()
    {
        var files = WriteSitemap.Run(Pages(50_001), Urls);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "robots.txt"], files.Select(f => f.Path));
        var index = XDocument.Parse(files[0].Text);
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/sub/sitemap-1.xml", "https://example.org/sub/sitemap-2.xml"], index.Descendants(Sitemaps + "loc").Select(l => l.Value));
        Assert.Equal(50_000, XDocument.Parse(files[1].Text).Descendants(Sitemaps + "loc").Count());
        var last = XDocument.Parse(files[2].Text).Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.Equal(["https://example.org/sub/papers/p50000/"], last);
    }

    [Fact]
    public void Pages_kept_out_of_the_sitemap_and_feeds_are_not_listed()
    {
        List<PageJob> plan =
        [
            .. Pages(1),
            new PageJob("404.html", "404.html", OutputFormat.Html, new PageView("not_found", "", null, "", []), new object()) { InSitemap = false },
            new PageJob("feed.xml", "feeds/rss.xml", OutputFormat.Xml, new PageView("feed", "", null, "", []), new object()),
        ];

        var files = WriteSitemap.Run(plan, Urls);

        Assert.Equal(["https://example.org/sub/papers/p0/"], XDocument.Parse(files[0].Text).Descendants(Sitemaps + "loc").Select(l => l.Value));
    }
}
