using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>The sample site's feeds read by Python's feedparser, the library most feed tools are built on.</summary>
public sealed class FeedParserTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string Script = """
        import sys, feedparser
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            if d.bozo:
                print(path, "is not well-formed:", d.bozo_exception); sys.exit(1)
            if d.version != "rss20":
                print(path, "is", d.version); sys.exit(1)
            for e in d.entries:
                if not (e.link.startswith("http://") or e.link.startswith("https://")) or not e.id or not e.published_parsed:
                    print(path, "has an incomplete entry", e.get("id")); sys.exit(1)
            print(path, len(d.entries))
        """;

    [Fact]
    public void Every_rss_feed_of_the_sample_site_parses_cleanly()
    {
        Assert.True(sample.Result.Succeeded, DiagnosticText.Of(sample.Result.Diagnostics));
        var python = ExternalTool.Require("/usr/bin/python3", "apt-get install python3-feedparser");
        var feeds = Directory.EnumerateFiles(sample.Output, "feed.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(feeds.Count > 10, $"expected the site feed and tag feeds, found {feeds.Count}");

        var outcome = ExternalTool.Run(python, ["-c", Script, .. feeds], TimeSpan.FromMinutes(2));

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.Contains($"{Path.Combine(sample.Output, "feed.xml")} 41", outcome.Output);
    }
}
