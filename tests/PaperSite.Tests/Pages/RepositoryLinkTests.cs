using AngleSharp.Html.Parser;
using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

public sealed class RepositoryLinkTests
{
    private const string Record = """
        -- input/papers/2025/10/nested/x.yaml --
        title: X
        date: 2025-10-10
        abstract: A.
        """;

    private static string? Href(string html, string text) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == text)?.GetAttribute("href");

    [Fact]
    public void A_paper_page_links_to_the_edit_view_of_its_record_in_a_nested_folder()
    {
        using var site = TestSite.Create(Record + """

            -- input/site.yaml --
            title: T
            base_url: https://owner.github.io/archive/
            repo_url: https://github.com/owner/archive.git
            repo_branch: gh/records
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Equal("https://github.com/owner/archive/edit/gh/records/input/papers/2025/10/nested/x.yaml", Href(site.Output("papers/x/index.html"), "Edit this record"));
    }

    [Fact]
    public void Home_links_to_githubs_new_file_form_with_a_record_that_checks_on_a_sub_path_site()
    {
        using var site = TestSite.Create(Record + """

            -- input/site.yaml --
            title: T
            base_url: https://example.org/deep/sub/path/
            repo_url: https://github.com/owner/archive/
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var href = Href(site.Output("index.html"), "Add a paper")!;
        const string Prefix = "https://github.com/owner/archive/new/main?filename=input%2Fpapers%2Fnew-paper.yaml&value=";
        Assert.StartsWith(Prefix, href, StringComparison.Ordinal);
        Assert.Equal("https://github.com/owner/archive/edit/main/input/papers/2025/10/nested/x.yaml", Href(site.Output("papers/x/index.html"), "Edit this record"));
        Assert.Equal(href, Href(site.Output("archive/index.html"), "Add a paper"));

        // What the form is filled with is a record: with its placeholder abstract replaced, it passes a strict check.
        var template = Uri.UnescapeDataString(href[Prefix.Length..]);
        using var added = TestSite.Create("");
        added.Write("input/papers/2025/01/2501.00001.yaml", template.Replace("Write the abstract here. Markdown works; inline math as $...$.", "Real.", StringComparison.Ordinal));
        var check = added.Check(strict: true);
        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
    }

    [Fact]
    public void Without_repo_url_no_page_has_either_link()
    {
        using var site = TestSite.Create(Record);

        site.Build();

        Assert.DoesNotContain("Edit this record", site.Output("papers/x/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Add a paper", site.Output("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Add a paper", site.Output("archive/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("github.com", site.Output("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repo_url: ftp://example.org/x", "input/site.yaml(3,11): error PS0202: 'repo_url' must be the repository's web address such as https://github.com/owner/archive, got 'ftp://example.org/x'.")]
    [InlineData("repo_branch: \"a b\"", "input/site.yaml(3,14): error PS0202: 'repo_branch' must be a branch name of letters, digits, '-', '_', '.' and '/', such as main, got 'a b'.")]
    public void A_bad_repository_setting_is_an_error_at_its_value(string line, string expected)
    {
        using var site = TestSite.Create(Record);
        site.Write("input/site.yaml", $"title: T\nbase_url: https://example.org/\n{line}\n");

        var result = site.Check();

        Assert.Equal(expected, DiagnosticText.Of(result.Diagnostics));
    }
}
