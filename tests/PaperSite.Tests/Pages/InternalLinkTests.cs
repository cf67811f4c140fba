using System.Text;
using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Pipeline;
using PaperSite.Testing;
using PaperSite.Views;

namespace PaperSite.Tests.Pages;

/// <summary>
/// Every address the site writes for itself must stay on the site's host and under its base path. A base_url
/// whose path starts with "//" once made every internal link protocol-relative ("//evil.example/papers/p/"),
/// sending readers to another host while canonical and feed URLs still showed the real one.
/// </summary>
public sealed partial class InternalLinkTests
{
    /// <summary>Records without outside links, so every address in the output is the site's own.</summary>
    private const string Archive = """
        -- input/papers/2025/10/a.yaml --
        title: A
        date: 2025-10-10
        abstract: A *first* paper.
        tags: [ml, fine tuning]
        upvotes: 3
        -- input/papers/2025/10/b.yaml --
        title: B
        date: 2025-10-11
        abstract: B.
        tags: [ml]
        -- input/papers/2025/10/c.yaml --
        title: C
        date: 2025-10-12
        abstract: C.
        tags: [ml, c++]
        """;

    /// <summary>Strings that name XML and JSON vocabularies, not places a reader is sent.</summary>
    private static readonly HashSet<string> Vocabularies = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/2005/Atom",
        "http://purl.org/rss/1.0/modules/content/",
        "http://purl.org/dc/elements/1.1/",
        "https://jsonfeed.org/version/1.1",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2000/svg",
        "https://schema.org",
        "http://www.sitemaps.org/schemas/sitemap/0.9",
    };

    [Theory]
    [InlineData("https://example.org/archive/", null)]
    [InlineData("https://example.org/", null)]
    [InlineData("https://example.org/a/b/", null)]
    [InlineData("https://example.org/archive/", "https://preview.example.net/pr-7/")]
    public void Every_address_in_every_output_file_stays_on_the_host_and_under_the_base_path(string baseUrl, string? overrideUrl)
    {
        using var site = TestSite.Create($"-- input/site.yaml --\ntitle: T\nbase_url: {baseUrl}\npage_size: 1\n" + Archive);

        var result = site.Build(baseUrl: overrideUrl);

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var siteUrl = new Uri(overrideUrl ?? baseUrl);
        var checkedAddresses = 0;
        var offSite = new List<string>();
        foreach (var (file, bytes) in site.Snapshot())
        {
            var fileUrl = new Uri(siteUrl, file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            foreach (var address in AddressesIn(Encoding.UTF8.GetString(bytes)))
            {
                var target = new Uri(fileUrl, address);
                if (!(target.Scheme == siteUrl.Scheme && target.Authority == siteUrl.Authority && target.AbsolutePath.StartsWith(siteUrl.AbsolutePath, StringComparison.Ordinal)))
                {
                    offSite.Add($"{file}: '{address}' leads to {target}");
                }

                checkedAddresses++;
            }
        }

        Assert.True(offSite.Count == 0, $"off the site {siteUrl}:\n{string.Join("\n", offSite.Distinct())}");
        Assert.True(checkedAddresses > 500, $"only {checkedAddresses} addresses found: is the scanner still finding links?");
    }

    [Theory]
    [InlineData("https://papersite.github.io//evil.example/")]
    [InlineData("https://papersite.github.io/\\evil.example/")]
    [InlineData("https://papersite.github.io/a/..//evil.example/")]
    [InlineData("https://papersite.github.io/a/../b/")]
    [InlineData("https://papersite.github.io/./repo/")]
    [InlineData("https://papersite.github.io/repo//")]
    [InlineData("https://papersite.github.io/%2F%2Fevil.example/")]
    [InlineData("https://papersite.github.io/a/%2e%2e/b/")]
    [InlineData("https://papersite.github.io/a%5Cb/")]
    public void A_base_url_whose_path_could_leave_the_host_is_refused_in_the_settings_and_on_the_command_line(string hostile)
    {
        using var fromSettings = TestSite.Create($"-- input/site.yaml --\ntitle: T\nbase_url: \"{hostile.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n" + Archive);
        using var fromCommandLine = TestSite.Create(Archive);

        foreach (var (result, where) in (IEnumerable<(BuildResult, string)>)[(fromSettings.BuildExpectingFailure(), "input/site.yaml(2,"), (fromCommandLine.BuildExpectingFailure(baseUrl: hostile), "--base-url")])
        {
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(DiagnosticCodes.InvalidSiteSetting, error.Code);
            Assert.StartsWith(where, error.ToString(), StringComparison.Ordinal);
            Assert.Contains("'base_url'", error.Message, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(fromSettings.OutputFolder));
        Assert.False(Directory.Exists(fromCommandLine.OutputFolder));
    }

    [Theory]
    [InlineData("https://papersite.github.io//evil.example/")]
    [InlineData("https://papersite.github.io/a//b/")]
    public void Links_are_made_from_one_normalised_base_path_even_for_settings_built_in_code(string baseUrl)
    {
        var urls = new SiteUrls(new SiteSettings { Title = "T", BaseUrl = new Uri(baseUrl) });

        foreach (var link in (string[])[urls.Link(""), urls.Link("papers/p/"), urls.Link("assets/style.css")])
        {
            Assert.StartsWith("/", link, StringComparison.Ordinal);
            Assert.DoesNotContain("//", link, StringComparison.Ordinal);
            Assert.Equal("papersite.github.io", new Uri(new Uri("https://papersite.github.io/x/"), link).Host);
        }

        Assert.Equal("papersite.github.io", new Uri(urls.Absolute("papers/p/")).Host);
        Assert.DoesNotContain("//", new Uri(urls.Absolute("papers/p/")).AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>Every attribute, CSS url(), feed element or JSON field that holds an address, and any absolute or protocol-relative URL anywhere.</summary>
    private static IEnumerable<string> AddressesIn(string text)
    {
        var found = new List<string>();
        found.AddRange(AttributeAddress().Matches(text).Select(m => m.Groups["url"].Value));
        found.AddRange(CssAddress().Matches(text).Select(m => m.Groups["url"].Value.Trim('\'', '"')));
        found.AddRange(FeedElementAddress().Matches(text).Select(m => m.Groups["url"].Value));
        found.AddRange(JsonAddress().Matches(text).Select(m => m.Groups["url"].Value));
        found.AddRange(AnyAbsoluteAddress().Matches(text).Select(m => m.Value));
        return found.Select(a => System.Net.WebUtility.HtmlDecode(a)).Where(a => !Vocabularies.Contains(a));
    }

    [GeneratedRegex(@"\b(?:href|src|action|content)\s*=\s*""(?<url>(?:https?:)?//[^""]*|/[^""]*|[^"":]*/[^""]*)""")]
    private static partial Regex AttributeAddress();

    [GeneratedRegex("""url\((?<url>[^)]*)\)""")]
    private static partial Regex CssAddress();

    [GeneratedRegex("""<(?:link|guid|id|uri|loc)(?:\s[^>]*)?>(?<url>[^<]+)</""")]
    private static partial Regex FeedElementAddress();

    [GeneratedRegex(@"""(?:url|id|feed_url|home_page_url|external_url)""\s*:\s*""(?<url>[^""]*)""")]
    private static partial Regex JsonAddress();

    [GeneratedRegex(@"(?:https?:)?//[^\s""'<>()\\]+")]
    private static partial Regex AnyAbsoluteAddress();
}
