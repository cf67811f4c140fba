using System.Xml.Linq;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>Every value a feed template writes is escaped for the feed's format, so no record and no theme override can break a feed.</summary>
public sealed class FeedEscapingTests
{
    private const string HostileTitle = "]]></title><script>alert(1)</script> \"},{\"id\":\"x\" & more";

    private const string Hostile = """
        -- input/papers/h.yaml --
        title: ']]></title><script>alert(1)</script> "},{"id":"x" & more'
        date: 2025-10-10
        abstract: 'Ends </content:encoded></item> and "}]} and <![CDATA[ x ]]> here.'
        authors: ['</dc:creator><evil/>']
        organization: '"}, "x": {'
        tags: ['<b>bold</b>', '"quoted"']
        """;

    [Fact]
    public void Hostile_text_in_a_record_cannot_break_any_feed()
    {
        using var site = FeedSites.Build(Hostile);

        foreach (var path in FeedSites.RssFeeds.Concat(FeedSites.AtomFeeds).Where(p => !p.StartsWith("tags/", StringComparison.Ordinal)))
        {
            var feed = FeedSites.ReadSyndication(site, path);
            Assert.Single(feed.Items);
        }

        // An RSS title loses what reads as a tag (some readers show it as HTML); Atom and JSON Feed say "text".
        Assert.Equal("]]>alert(1) \"},{\"id\":\"x\" & more", FeedSites.ReadSyndication(site, "feed.xml").Items.Single().Title.Text);
        Assert.Equal(HostileTitle, FeedSites.ReadSyndication(site, "atom.xml").Items.Single().Title.Text);
        using var json = FeedSites.ReadJson(site, "feed.json");
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(HostileTitle, item.GetProperty("title").GetString());
        Assert.Equal(["<b>bold</b>", "\"quoted\""], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        using var digest = FeedSites.ReadJson(site, "digest.json");
        Assert.Single(digest.RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public void A_theme_override_that_escapes_nothing_still_gives_well_formed_XML()
    {
        using var site = FeedSites.Build(Hostile + "\n" + """
            -- theme/templates/feeds/rss.xml --
            <rss version="2.0"><channel><title>{{ feed.title }}</title><link>{{ feed.link }}</link><description>{{ feed.description }}</description>
            {{ for paper in items }}<item><title>{{ paper.title }}</title><guid>{{ paper.absolute_url }}</guid><description>{{ paper.abstract_html }}</description><category>{{ paper.tags[0].name }}</category></item>{{ end }}
            </channel></rss>
            """);

        var item = FeedSites.ReadSyndication(site, "feed.xml").Items.Single();

        Assert.Equal(HostileTitle, item.Title.Text);
        Assert.StartsWith("<p>Ends &lt;/content:encoded&gt;", item.Summary.Text, StringComparison.Ordinal);
        Assert.Equal("<b>bold</b>", item.Categories.Single().Name);
    }

    [Fact]
    public void A_theme_override_of_a_JSON_feed_writes_every_value_as_JSON()
    {
        using var site = FeedSites.Build(Hostile + "\n" + """
            -- theme/templates/feeds/feed.json --
            {"title": {{ feed.title }}, "items": [{{ for paper in items }}{"title": {{ paper.title }}, "votes": {{ paper.upvotes }}, "org": {{ paper.organization }}, "html": {{ paper.abstract_html }}, "tags": {{ paper.tags | array.map "name" }}, "none": {{ paper.doi }}}{{ end }}]}
            """);

        using var json = FeedSites.ReadJson(site, "feed.json");
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single();

        Assert.Equal(HostileTitle, item.GetProperty("title").GetString());
        Assert.Equal(0, item.GetProperty("votes").GetInt32());
        Assert.Equal("\"}, \"x\": {", item.GetProperty("org").GetString());
        Assert.StartsWith("<p>Ends &lt;/content:encoded&gt;", item.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("none").ValueKind);
    }

    [Fact]
    public void HTML_content_in_an_XML_feed_is_escaped_once_and_reads_back_as_HTML()
    {
        using var site = FeedSites.Build();

        var content = XDocument.Parse(site.Output("atom.xml")).Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")).First().Value;

        Assert.StartsWith("<p>", content, StringComparison.Ordinal);
        Assert.Contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"", content);
    }
}
