using PaperSite.Testing;

namespace PaperSite.Tests.Rendering;

/// <summary>Text from records reaches pages and feeds escaped, whatever field it came in.</summary>
public sealed class EscapingTests
{
    private const string Payload = "<script>alert(1)</script>";

    public static TheoryData<string, string> Fields => new()
    {
        { "title", $"title: \"{Payload}\"\ndate: 2025-10-10\nabstract: A.\n" },
        { "abstract", $"title: T\ndate: 2025-10-10\nabstract: \"{Payload}\"\n" },
        { "author", $"title: T\ndate: 2025-10-10\nabstract: A.\nauthors: [\"{Payload}\"]\n" },
        { "affiliation", $"title: T\ndate: 2025-10-10\nabstract: A.\nauthors:\n  - name: N\n    affiliation: \"{Payload}\"\n" },
        { "organization", $"title: T\ndate: 2025-10-10\nabstract: A.\norganization: \"{Payload}\"\n" },
        { "tag", $"title: T\ndate: 2025-10-10\nabstract: A.\ntags: [\"{Payload}\"]\n" },
        { "link name", $"title: T\ndate: 2025-10-10\nabstract: A.\nlinks:\n  \"{Payload}\": https://example.org/\n" },
        { "submitted_by", $"title: T\ndate: 2025-10-10\nabstract: A.\nsubmitted_by: \"{Payload}\"\n" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Script_in_a_field_never_reaches_any_output_file_as_markup(string field, string record)
    {
        using var site = TestSite.Create($"-- input/papers/x.yaml --\n{record}");

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var files = site.Snapshot();
        Assert.All(files, file => Assert.DoesNotContain("<script", WithoutThemeScripts(System.Text.Encoding.UTF8.GetString(file.Value)), StringComparison.OrdinalIgnoreCase));
        var everything = string.Concat(files.Values.Select(System.Text.Encoding.UTF8.GetString));
        Assert.True(everything.Contains("&lt;script&gt;", StringComparison.Ordinal), $"the {field} should appear, escaped");
    }

    [Fact]
    public void Script_in_the_site_title_is_escaped()
    {
        using var site = TestSite.Create($"-- input/site.yaml --\ntitle: \"{Payload}\"\nbase_url: https://example.org/\n-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");

        site.Build();

        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>", site.Output("index.html"));
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>", site.Output("feed.xml"));
    }

    [Fact]
    public void Abstract_markdown_shows_raw_html_as_text_and_drops_unsafe_link_targets()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: |
              Some <b onclick="x()">bold</b> text, a [bad link](javascript:alert(1)), a [data link](data:text/html,hi),
              a [good link](https://example.org/ok) and *emphasis*.
            """);

        site.Build();

        var page = site.Output("papers/a/index.html");
        Assert.Contains("Some &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt; text, a bad link, a data link,", page);
        Assert.Contains("<a href=\"https://example.org/ok\">good link</a>", page);
        Assert.Contains("<em>emphasis</em>", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("data:text", page);
    }

    /// <summary>
    /// A page's own scripts: the theme's file, and the paper page's JSON-LD block, whose text may hold no '&lt;'
    /// (so no record can close it). Whatever is left must hold no script.
    /// </summary>
    private static string WithoutThemeScripts(string text)
    {
        text = System.Text.RegularExpressions.Regex.Replace(text, "<script src=\"[a-z/]*/assets/site.js\" defer></script>", "");
        var start = text.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var end = text.IndexOf("</script>", start, StringComparison.Ordinal);
        var block = text[(start + "<script type=\"application/ld+json\">".Length)..end];
        Assert.DoesNotContain("<", block, StringComparison.Ordinal);
        return text[..start] + text[(end + "</script>".Length)..];
    }
}
