using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>Feed readers replay every item whose id changes, and re-fetch feeds that change: neither may happen without cause.</summary>
public sealed class FeedStabilityTests
{
    [Fact]
    public void Building_twice_gives_byte_identical_feeds()
    {
        using var site = FeedSites.Build();
        var first = FeedSites.AllFeeds.ToDictionary(path => path, path => File.ReadAllBytes(Path.Combine(site.OutputFolder, path)));

        Assert.True(site.Build().Succeeded);

        Assert.All(FeedSites.AllFeeds, path => Assert.Equal(first[path], File.ReadAllBytes(Path.Combine(site.OutputFolder, path))));
    }

    [Fact]
    public void An_items_id_stays_the_same_when_other_papers_are_added()
    {
        using var site = FeedSites.Build();
        var before = FeedSites.AllFeeds.ToDictionary(path => path, path => FeedSites.IdsByTitle(site, path));

        site.Write("input/papers/2025/10/newer.yaml", "title: A Newer Paper\ndate: 2025-10-12\nabstract: New.\ntags: [LLM, Multimodal]\nupvotes: 99\n");
        site.Write("input/papers/2025/10/same-day.yaml", "title: Same Day\ndate: 2025-10-10\nabstract: Also then.\ntags: [llm]\nupvotes: 50\n");
        site.Write("input/papers/2025/09/older.yaml", "title: Older\ndate: 2025-09-01\nabstract: Old.\ntags: [multimodal]\n");
        Assert.True(site.Build().Succeeded);

        foreach (var path in FeedSites.AllFeeds)
        {
            var after = FeedSites.IdsByTitle(site, path);
            Assert.True(after.Count > before[path].Count, $"{path} did not get the new papers");
            Assert.Superset(before[path].Values.ToHashSet(), after.Values.ToHashSet());
            if (!path.StartsWith("digest", StringComparison.Ordinal))
            {
                Assert.All(before[path], pair => Assert.Equal(pair.Value, after[pair.Key]));
            }
        }
    }

    [Fact]
    public void A_papers_id_is_its_address_built_from_its_id_and_the_site_address()
    {
        using var site = FeedSites.Build();

        var ids = FeedSites.IdsByTitle(site, "atom.xml");

        Assert.Equal("https://example.org/archive/papers/trimpi/", ids["Multimodal Policy Internalization for Conversational Agents"]);
        // RSS titles lose what reads as a tag ("<Robust>"), so RSS is compared by its ids alone.
        Assert.Equal(ids.Values.Order(StringComparer.Ordinal), FeedSites.IdsByTitle(site, "feed.xml").Values.Order(StringComparer.Ordinal));
        Assert.Equal(ids, FeedSites.IdsByTitle(site, "feed.json"));
    }

    [Fact]
    public void A_feed_is_as_new_as_its_newest_item()
    {
        using var site = FeedSites.Build();

        Assert.Contains("<updated>2025-10-10T00:00:00Z</updated>\n<author>", site.Output("atom.xml"));
        Assert.Contains("<lastBuildDate>Fri, 10 Oct 2025 00:00:00 GMT</lastBuildDate>", site.Output("feed.xml"));
        Assert.Contains("<updated>2025-10-10T00:00:00Z</updated>\n<author>", site.Output("digest.atom"));
    }

    [Fact]
    public void An_empty_archive_has_valid_empty_feeds_dated_by_no_clock()
    {
        using var site = TestSite.Create("");
        Assert.True(site.Build().Succeeded);

        Assert.Empty(FeedSites.ReadSyndication(site, "feed.xml").Items);
        Assert.Empty(FeedSites.ReadSyndication(site, "digest.xml").Items);
        var atom = FeedSites.ReadSyndication(site, "atom.xml");
        Assert.Empty(atom.Items);
        Assert.Equal(DateTimeOffset.UnixEpoch, atom.LastUpdatedTime);
        using var json = FeedSites.ReadJson(site, "feed.json");
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
    }
}
