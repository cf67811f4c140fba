using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperSite.Rendering;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>
/// Some feed readers put an RSS title into their page as HTML, after unescaping the XML: a title that reads as
/// a tag there runs. So RSS titles have whatever reads as a tag removed; pages and the other feeds keep the text.
/// </summary>
public sealed partial class RssTitleTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>Title", "Title")]
    [InlineData("A <<b>img src=x onerror=alert(1)> paper", "A  paper")]
    [InlineData("<<<b>>b>img src=x onerror=alert(1)>", "<<>b>img src=x onerror=alert(1)>")]
    [InlineData("ends in <img src=x onerror=alert(1)", "ends in ")]
    [InlineData("<!-- x --><?php ?></p>kept", "kept")]
    [InlineData("x < y and y > z, a<3", "x < y and y > z, a<3")]
    public void What_reads_as_a_tag_is_removed_and_nothing_else(string title, string expected)
    {
        var stripped = TagStripping.StripTags(title);

        Assert.Equal(expected, stripped);
        Assert.DoesNotMatch(TagStart(), stripped);
    }

    [Fact]
    public void No_rss_title_of_the_site_a_paper_or_a_tag_holds_anything_a_reader_could_read_as_an_element()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: "<img src=x onerror=alert(1)>Site"
            base_url: https://example.org/
            -- input/papers/a.yaml --
            title: "A <<b>img src=x onerror=alert(1)> paper"
            date: 2025-10-10
            abstract: A.
            tags: ["<svg/onload=alert(1)>ml"]
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var rssFeeds = site.Snapshot().Keys.Where(k => k.EndsWith("feed.xml", StringComparison.Ordinal) || k == "digest.xml").ToList();
        Assert.Equal(3, rssFeeds.Count);
        foreach (var feed in rssFeeds)
        {
            foreach (var title in XDocument.Parse(site.Output(feed)).Descendants("title"))
            {
                Assert.DoesNotMatch(TagStart(), title.Value);
            }
        }

        var main = XDocument.Parse(site.Output("feed.xml"));
        Assert.Equal(["Site", "A  paper"], main.Descendants("title").Select(t => t.Value));
        Assert.Contains("<title>A &lt;&lt;b&gt;img src=x onerror=alert(1)&gt; paper · &lt;img src=x onerror=alert(1)&gt;Site</title>", site.Output("papers/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("<title>A &lt;&lt;b&gt;img", site.Output("atom.xml"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex TagStart();
}
