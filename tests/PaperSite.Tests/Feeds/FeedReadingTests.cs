using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PaperSite.Tests.Feeds;

/// <summary>Every feed of a small archive, read back the way feed readers read it.</summary>
public sealed class FeedReadingTests
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string Base = "https://example.org/archive/";

    [Fact]
    public void Every_slice_has_a_feed_in_every_format()
    {
        using var site = FeedSites.Build();

        Assert.All(FeedSites.AllFeeds, path => Assert.True(site.OutputExists(path), $"{path} is missing"));
    }

    [Fact]
    public void Every_RSS_feed_is_read_by_System_ServiceModel_Syndication()
    {
        using var site = FeedSites.BuildWithContentEverywhere();

        foreach (var path in FeedSites.RssFeeds)
        {
            var feed = FeedSites.ReadSyndication(site, path);

            Assert.NotEmpty(feed.Title.Text);
            Assert.NotEmpty(feed.Description.Text);
            Assert.Contains(feed.Links, link => link.Uri.IsAbsoluteUri);
            Assert.Equal(Base + path, SelfLink(path));
            Assert.NotEmpty(feed.Items);
            Assert.All(feed.Items, item =>
            {
                Assert.StartsWith(Base, item.Id, StringComparison.Ordinal);
                Assert.Equal(item.Id, Assert.Single(item.Links).Uri.AbsoluteUri);
                Assert.NotEqual(default, item.PublishDate);
                Assert.NotEmpty(item.Summary.Text);
                Assert.NotEmpty(Assert.Single(item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace)));
            });
            Assert.Equal(feed.Items.Max(i => i.PublishDate), feed.LastUpdatedTime);
        }

        string SelfLink(string path)
        {
            var self = XDocument.Parse(site.Output(path)).Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")).Single();
            Assert.Equal("self", self.Attribute("rel")!.Value);
            Assert.Equal("application/rss+xml", self.Attribute("type")!.Value);
            return self.Attribute("href")!.Value;
        }
    }

    [Fact]
    public void An_RSS_item_carries_what_readers_show()
    {
        using var site = FeedSites.Build();

        var item = FeedSites.ReadSyndication(site, "feed.xml").Items.Single(i => i.Title.Text.StartsWith("Multimodal", StringComparison.Ordinal));

        Assert.Equal(Base + "papers/trimpi/", item.Id);
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 0, 0, 0, TimeSpan.Zero), item.PublishDate);
        // One creator: readers show one author field, and feedparser would keep only the last of several.
        Assert.Equal(["Ada Lovelace et al."], item.ElementExtensions.ReadElementExtensions<string>("creator", DublinCoreNamespace));
        Assert.Equal(["Multimodal", "LLM"], item.Categories.Select(c => c.Name));
        var content = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace).Single();
        Assert.Contains("<msqrt>", content);
        Assert.StartsWith("Modern conversational agents follow policies.", item.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_in_RSS_descriptions_is_escaped_for_HTML_as_RSS_requires()
    {
        using var site = FeedSites.Build();

        var item = FeedSites.ReadSyndication(site, "feed.xml").Items.Single(i => i.Id.EndsWith("/second/", StringComparison.Ordinal));

        Assert.Equal("Fast &  \"Unlearning\"", item.Title.Text);
        Assert.DoesNotContain("<", item.Summary.Text, StringComparison.Ordinal);
        Assert.Equal("We forget quickly when $a < b$ and 'quotes' & <tags> stay text.", System.Net.WebUtility.HtmlDecode(item.Summary.Text));
    }

    [Fact]
    public void Every_Atom_feed_is_read_by_System_ServiceModel_Syndication()
    {
        using var site = FeedSites.BuildWithContentEverywhere();

        foreach (var path in FeedSites.AtomFeeds)
        {
            var feed = FeedSites.ReadSyndication(site, path);

            Assert.Equal(Base + path, feed.Id);
            Assert.Equal(Base + path, feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
            Assert.Equal("application/atom+xml", feed.Links.Single(l => l.RelationshipType == "self").MediaType);
            Assert.StartsWith(Base, feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.NotEmpty(feed.Authors);
            Assert.NotEmpty(feed.Items);
            Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
            Assert.All(feed.Items, item =>
            {
                Assert.StartsWith(Base, item.Id, StringComparison.Ordinal);
                Assert.Equal(item.Id, item.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
                Assert.NotEqual(default, item.PublishDate);
                Assert.NotEmpty(item.Summary.Text);
                var content = Assert.IsType<TextSyndicationContent>(item.Content);
                Assert.Equal("html", content.Type);
                Assert.NotEmpty(content.Text);
            });
        }
    }

    [Fact]
    public void An_Atom_entry_has_one_author_with_et_al_and_its_tags()
    {
        using var site = FeedSites.Build();

        var entry = FeedSites.ReadSyndication(site, "atom.xml").Items.Single(i => i.Id == Base + "papers/trimpi/");

        Assert.Equal(["Ada Lovelace et al."], entry.Authors.Select(a => a.Name));
        Assert.Equal(["Multimodal", "LLM"], entry.Categories.Select(c => c.Name));
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 0, 0, 0, TimeSpan.Zero), entry.LastUpdatedTime);
    }

    [Fact]
    public void Every_JSON_feed_has_the_fields_and_types_JSON_Feed_1_1_requires()
    {
        using var site = FeedSites.Build();

        foreach (var path in FeedSites.JsonFeeds)
        {
            using var json = FeedSites.ReadJson(site, path);
            var feed = json.RootElement;

            Assert.Equal("https://jsonfeed.org/version/1.1", String(feed, "version"));
            Assert.NotEmpty(String(feed, "title"));
            Assert.Equal(Base + path, String(feed, "feed_url"));
            Assert.StartsWith(Base, String(feed, "home_page_url"), StringComparison.Ordinal);
            OptionalString(feed, "description");
            OptionalString(feed, "language");
            Authors(feed);
            var items = feed.GetProperty("items");
            Assert.Equal(JsonValueKind.Array, items.ValueKind);
            Assert.NotEmpty(items.EnumerateArray());
            foreach (var item in items.EnumerateArray())
            {
                Assert.StartsWith(Base, String(item, "id"), StringComparison.Ordinal);
                var html = OptionalString(item, "content_html");
                var text = OptionalString(item, "content_text");
                Assert.True(html is not null || text is not null, "an item needs content_html or content_text");
                Assert.True(Uri.IsWellFormedUriString(String(item, "url"), UriKind.Absolute));
                if (OptionalString(item, "external_url") is { } external)
                {
                    Assert.True(Uri.IsWellFormedUriString(external, UriKind.Absolute));
                }

                OptionalString(item, "title");
                OptionalString(item, "summary");
                Assert.True(DateTimeOffset.TryParseExact(String(item, "date_published"), "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
                Authors(item);
                if (item.TryGetProperty("tags", out var tags))
                {
                    Assert.All(tags.EnumerateArray(), tag => Assert.Equal(JsonValueKind.String, tag.ValueKind));
                }
            }
        }

        static string String(JsonElement element, string name)
        {
            Assert.True(element.TryGetProperty(name, out var value), $"'{name}' is missing");
            Assert.Equal(JsonValueKind.String, value.ValueKind);
            return value.GetString()!;
        }

        static string? OptionalString(JsonElement element, string name) =>
            element.TryGetProperty(name, out _) ? String(element, name) : null;

        static void Authors(JsonElement element)
        {
            if (!element.TryGetProperty("authors", out var authors))
            {
                return;
            }

            Assert.NotEmpty(authors.EnumerateArray());
            Assert.All(authors.EnumerateArray(), author =>
            {
                Assert.Equal(JsonValueKind.Object, author.ValueKind);
                Assert.NotEmpty(String(author, "name"));
                OptionalString(author, "url");
            });
        }
    }

    [Fact]
    public void The_daily_digest_has_one_item_per_day_listing_its_papers()
    {
        using var site = FeedSites.Build();

        var days = FeedSites.ReadSyndication(site, "digest.xml").Items.ToList();

        Assert.Equal([Base + "days/2025-10-10/", Base + "days/2025-10-08/"], days.Select(d => d.Id));
        Assert.Equal("Oct 10, 2025: 2 papers", days[0].Title.Text);
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 0, 0, 0, TimeSpan.Zero), days[0].PublishDate);
        var content = new HtmlParser().ParseDocument(days[0].ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace).Single());
        var titles = content.QuerySelectorAll("h3 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("Multimodal Policy Internalization for Conversational Agents", Base + "papers/trimpi/"), ("Fast & <Robust> \"Unlearning\"", Base + "papers/second/")],
            titles);
        Assert.Contains("Amazon · Ada Lovelace, Alan Turing · 7 upvotes", content.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lab & Co · 2 upvotes", content.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Modern conversational agents follow policies. We bound the regret", content.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_address_in_item_content_is_absolute()
    {
        using var site = FeedSites.BuildWithContentEverywhere();
        var parser = new HtmlParser();

        foreach (var path in FeedSites.JsonFeeds)
        {
            using var json = FeedSites.ReadJson(site, path);
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                var document = parser.ParseDocument(item.GetProperty("content_html").GetString()!);
                var addresses = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();

                Assert.NotEmpty(addresses);
                Assert.All(addresses, address => Assert.Matches("^https?://", address!));
            }
        }
    }

    [Fact]
    public void Unsafe_and_relative_links_of_an_abstract_reach_feeds_as_text()
    {
        using var site = FeedSites.Build();

        using var json = FeedSites.ReadJson(site, "feed.json");
        var content = json.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == Base + "papers/trimpi/").GetProperty("content_html").GetString()!;

        Assert.Contains("<a href=\"https://mikewangwzhl.github.io/TriMPI\">the project</a>", content);
        Assert.Contains("a relative page,", content);
        Assert.Contains("<a href=\"http://www.example.com\">www.example.com</a>", content);
        Assert.DoesNotContain("javascript:", content);
        Assert.DoesNotContain("/about/", content);
    }
}
