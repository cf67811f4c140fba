using System.Text.RegularExpressions;
using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

public sealed partial class BaseUrlTests
{
    private const string OnePaper = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: A.
        tags: [ml]
        """;

    [Fact]
    public void Every_link_on_every_page_carries_the_sub_path_of_a_project_site()
    {
        using var site = TestSite.Create("-- input/site.yaml --\ntitle: T\nbase_url: https://user.github.io/repo/\n" + OnePaper);
        site.Build();

        foreach (var (path, bytes) in site.Snapshot().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (Match link in LocalLink().Matches(html))
            {
                Assert.True(link.Groups[1].Value.StartsWith("/repo/", StringComparison.Ordinal), $"{path}: {link.Value}");
            }
        }

        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"T (RSS)\" href=\"https://user.github.io/repo/feed.xml\">", site.Output("index.html"));
        Assert.Contains("<link>https://user.github.io/repo/papers/a/</link>", site.Output("feed.xml"));
    }

    [Fact]
    public void A_base_url_without_final_slash_is_treated_as_a_folder()
    {
        using var site = TestSite.Create("-- input/site.yaml --\ntitle: T\nbase_url: https://user.github.io/repo\n" + OnePaper);
        site.Build();

        Assert.Contains("href=\"/repo/papers/a/\"", site.Output("index.html"));
    }

    [Fact]
    public void Command_line_base_url_overrides_the_settings()
    {
        using var site = TestSite.Create(OnePaper);

        var result = site.Build(baseUrl: "https://preview.example.net/pr-7/");

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("href=\"/pr-7/papers/a/\"", site.Output("index.html"));
        Assert.Contains("https://preview.example.net/pr-7/papers/a/", site.Output("feed.xml"));
    }

    [GeneratedRegex("(?:href|src)=\"(/[^\"]*)\"")]
    private static partial Regex LocalLink();
}
