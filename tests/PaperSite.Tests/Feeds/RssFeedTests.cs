using System.ServiceModel.Syndication;
using System.Xml;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>The RSS feeds, read back by a real parser.</summary>
public sealed class RssFeedTests
{
    private const string Archive = """
        -- input/papers/a.yaml --
        title: Attention <Is> All
        date: 2025-10-09
        abstract: See [code](https://github.com/x/y) & more.
        authors: [Ada Lovelace, Alan Turing]
        tags: [LLM]
        -- input/papers/b.yaml --
        title: Newer
        date: 2025-10-11
        abstract: Newest paper.
        tags: [llm, vision]
        """;

    private static SyndicationFeed Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Site_feed_has_every_paper_newest_first_with_absolute_permalinks()
    {
        using var site = TestSite.Create(Archive);
        site.Build();

        var feed = Read(site.Output("feed.xml"));

        Assert.Equal("Test Archive", feed.Title.Text);
        Assert.Equal(["Newer", "Attention  All"], feed.Items.Select(i => i.Title.Text));
        var first = feed.Items.First();
        Assert.Equal("https://example.org/archive/papers/b/", first.Id);
        Assert.Equal(new Uri("https://example.org/archive/papers/b/"), first.Links[0].Uri);
        Assert.Equal(new DateTimeOffset(2025, 10, 11, 0, 0, 0, TimeSpan.Zero), first.PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 10, 11, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Equal(["LLM", "vision"], first.Categories.Select(c => c.Name));
    }

    [Fact]
    public void Tag_feed_has_only_the_tag_papers()
    {
        using var site = TestSite.Create(Archive);
        site.Build();

        var feed = Read(site.Output("tags/vision/feed.xml"));

        Assert.Equal("Newer", Assert.Single(feed.Items).Title.Text);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Test Archive: vision (RSS)\" href=\"https://example.org/archive/tags/vision/feed.xml\">", site.Output("tags/vision/index.html"));
    }

    [Fact]
    public void Item_guid_does_not_change_when_another_paper_is_added()
    {
        using var site = TestSite.Create(Archive);
        site.Build();
        var before = Read(site.Output("feed.xml")).Items.Single(i => i.Title.Text == "Newer").Id;

        site.Write("input/papers/c.yaml", "title: Later\ndate: 2025-10-12\nabstract: C.\n");
        site.Build();

        var after = Read(site.Output("feed.xml")).Items.Single(i => i.Title.Text == "Newer").Id;
        Assert.Equal(before, after);
    }

    [Fact]
    public void Feed_size_setting_limits_the_items()
    {
        using var site = TestSite.Create("-- input/site.yaml --\ntitle: T\nbase_url: https://example.org/\nfeed_size: 1\n" + Archive);
        site.Build();

        Assert.Equal("Newer", Assert.Single(Read(site.Output("feed.xml")).Items).Title.Text);
    }
}
