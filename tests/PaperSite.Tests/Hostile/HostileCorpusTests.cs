using AngleSharp.Html.Parser;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// The site in <c>corpus/renders/</c> is hostile from its settings to its last tag, yet valid: it
/// builds, and nothing in any page or feed can run, redirect or leave the output folder.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly string[] SpoofingCharacters = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u2060", "\uFEFF"];

    [Fact]
    public void The_hostile_corpus_builds_and_no_output_holds_a_foreign_script_an_event_handler_or_a_dangerous_link()
    {
        using var site = HostileCorpus.CopyOfRendersSite();

        var outcome = CliRunner.Run("build", "--root", site.Root);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.All(outcome.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": warning PS01", line, StringComparison.Ordinal));
        Assert.Empty(OutputScanner.Scan(site.OutputFolder, HostileCorpus.AssetsPath));
    }

    [Fact]
    public void The_build_warns_about_every_disguising_character_and_mixed_script_word_at_its_value()
    {
        using var site = HostileCorpus.CopyOfRendersSite();

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Equal(
            [
                "input/papers/2025/10/bidirectional-overrides.yaml(2,8): PS0117",
                "input/papers/2025/10/bidirectional-overrides.yaml(4,11): PS0117",
                "input/papers/2025/10/bidirectional-overrides.yaml(5,15): PS0117",
                "input/papers/2025/10/bidirectional-overrides.yaml(6,8): PS0117",
                "input/papers/2025/10/confusable-letters.yaml(2,8): PS0118",
                "input/papers/2025/10/confusable-letters.yaml(5,11): PS0118",
                "input/papers/2025/10/confusable-letters.yaml(6,8): PS0118",
                "input/papers/2025/10/confusable-letters.yaml(6,18): PS0118",
            ],
            result.Diagnostics.Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Code}"));
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void Every_hostile_text_appears_escaped_where_it_was_put()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        var page = site.Output("papers/script-in-every-field/index.html");
        Assert.Contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39; &amp; &lt;/h1&gt;&lt;h1 onclick=alert(1)&gt;</h1>", page);
        Assert.Contains("&lt;script&gt;alert(&#39;abstract&#39;)&lt;/script&gt;", page);
        Assert.Contains("&lt;script&gt;alert(&#39;author&#39;)&lt;/script&gt;", page);
        Assert.Contains("(&lt;svg/onload=alert(&#39;affiliation&#39;)&gt;)", page);
        Assert.Contains("&lt;script&gt;alert(&#39;organization&#39;)&lt;/script&gt;", page);
        Assert.Contains("&lt;script&gt;alert(&#39;tag&#39;)&lt;/script&gt;", page);
        Assert.Contains("&lt;script&gt;alert(&#39;link name&#39;)&lt;/script&gt;", page);
        Assert.Contains("Submitted by &lt;script&gt;alert(&#39;submitter&#39;)&lt;/script&gt;.", page);
        Assert.Contains("<title>&lt;script&gt;alert(&#39;site title&#39;)&lt;/script&gt;", site.Output("index.html"));

        // Feed readers show an RSS description as HTML, so its text is escaped twice: once for HTML, once for XML.
        var feed = site.Output("feed.xml");
        Assert.Contains("<description>&amp;lt;/description&amp;gt;&amp;lt;script&amp;gt;alert(1)", feed);
        Assert.Contains("Raw HTML stays text: &amp;lt;script&amp;gt;alert(&amp;#39;abstract&amp;#39;)", feed);
    }

    [Fact]
    public void Dangerous_markdown_links_become_their_text_and_only_web_links_stay_links()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        var page = new HtmlParser().ParseDocument(site.Output("papers/dangerous-markdown-links/index.html"));
        var abstractLinks = page.QuerySelectorAll(".abstract a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("https://example.org/kept", abstractLinks);
        Assert.All(abstractLinks, href => Assert.Matches("^https?://(www\\.)?example\\.org(/|$)", href));
        Assert.Empty(page.QuerySelectorAll(".abstract img"));
        var text = page.QuerySelector(".abstract")!.TextContent;
        Assert.Contains("Plain javascript, odd case, upper,", text, StringComparison.Ordinal);
        Assert.Contains("reference and another reference and shortcut and collapsed.", text, StringComparison.Ordinal);
        Assert.Contains("image tracker nested", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_that_look_like_paths_get_plain_slugs_and_pages_of_their_own_inside_the_output()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        var tagPages = site.Snapshot().Keys.Where(p => p.StartsWith("tags/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p != "tags/index.html").ToList();
        Assert.All(tagPages, path => Assert.Matches("^tags/[a-z0-9]+(-[a-z0-9]+)*/index\\.html$", path));
        var paperTags = new HtmlParser().ParseDocument(site.Output("papers/paths-that-leave/index.html")).QuerySelectorAll("a.tag").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(14, paperTags.Count);
        Assert.Equal(paperTags.Count, paperTags.Distinct().Count());
        Assert.All(paperTags, href => Assert.Matches("^/archive/tags/[a-z0-9]+(-[a-z0-9]+)*/$", href));
    }

    [Fact]
    public void Disguising_characters_reach_no_output_and_look_alike_tags_stay_apart()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        var everything = string.Concat(site.Snapshot().Values.Select(System.Text.Encoding.UTF8.GetString));
        Assert.All(SpoofingCharacters, c => Assert.DoesNotContain(c, everything, StringComparison.Ordinal));
        Assert.Contains("Invoice gnp.exe and isolated text", site.Output("papers/bidirectional-overrides/index.html"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("tags/llm/index.html"));
        var lookAlike = new HtmlParser().ParseDocument(site.Output("tags/index.html")).QuerySelectorAll(".tag-index a").Where(a => a.TextContent == "LLМ").ToList();
        Assert.NotEqual("/archive/tags/llm/", Assert.Single(lookAlike).GetAttribute("href"));
    }

    [Fact]
    public void Text_keeps_tabs_and_unicode_but_loses_control_characters()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        Assert.Contains("Tab\tinside\ta\tline.", site.Output("papers/tabs-in-values/index.html"), StringComparison.Ordinal);
        Assert.Contains("العربية \u200Fmark\u200F 中文 😀 👩‍🔬 naïve café", site.Output("papers/unicode-text/index.html"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("papers/" + new string('a', 120) + "/index.html"));
        Assert.All(site.Snapshot(), file =>
            Assert.DoesNotContain(OutputScanner.TextOf(file.Key, file.Value), c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')));
    }

    [Fact]
    public void Every_page_carries_the_content_security_policy_that_allows_only_the_sites_own_scripts()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        site.Build();

        var pages = site.Snapshot().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Value));
            var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(policy);
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder_but_its_lock_file_and_the_build_cache()
    {
        using var site = HostileCorpus.CopyOfRendersSite();
        var inputBefore = site.Snapshot(Path.Combine(site.Root, "input"));

        Assert.True(site.Build().Succeeded);

        Assert.Equal(inputBefore, site.Snapshot(Path.Combine(site.Root, "input")));
        Assert.Equal([".output.lock", ".papersite-cache", "input", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal));
        Assert.All(Directory.EnumerateFileSystemEntries(Path.Combine(site.Root, ".papersite-cache")), entry => Assert.Matches("^(records|papers|checks|output-[0-9a-f]{16})\\.bin$", Path.GetFileName(entry)));
    }
}
