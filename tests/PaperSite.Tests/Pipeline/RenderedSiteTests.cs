using System.Text;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Pipeline;

/// <summary>
/// serve's pages rendered ahead of a rebuild: after an edit that moves nothing, the open pages come out exactly as the
/// rebuild then writes them; an edit that moves the paper, breaks the record or names a record the site did not have
/// is left to the rebuild.
/// </summary>
public sealed class RenderedSiteTests
{
    private const string Archive = """
        -- input/papers/2025/10/first.yaml --
        title: First Paper
        date: 2025-10-10
        abstract: The first abstract.
        tags: [one]
        upvotes: 3
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-10
        abstract: The second abstract.
        tags: [one]
        -- input/papers/2025/08/third.yaml --
        title: Third Paper
        date: 2025-08-01
        abstract: The third abstract.
        """;

    private const string FirstPath = "input/papers/2025/10/first.yaml";

    private static readonly string[] Open = ["papers/first/index.html", "days/2025-10-10/index.html", "tags/one/index.html", "papers/third/index.html"];

    [Fact]
    public void An_edit_that_moves_nothing_renders_the_open_pages_as_the_rebuild_writes_them()
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site).Rendered!;
        const string Edited = "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, *edited*.\ntags: [one]\nupvotes: 3\nlinks:\n  code: https://example.org/code\n";

        var pages = rendered.RenderEdit(FirstPath, Encoding.UTF8.GetBytes(Edited), Open);

        site.Write(FirstPath, Edited);
        site.Build();
        Assert.NotNull(pages);
        Assert.Equal(Open.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, content) in pages)
        {
            Assert.Equal(site.Output(file), Encoding.UTF8.GetString(content));
        }

        Assert.Contains("<em>edited</em>", site.Output("papers/first/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: First Paper\ndate: 2025-10-11\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\n")]
    [InlineData("title: First Paper, Renamed\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one, two]\nupvotes: 3\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 0\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\n")]
    [InlineData("title: First Paper\ndate: not a date\nabstract: The first abstract.\n")]
    public void An_edit_that_moves_the_paper_or_breaks_its_record_is_left_to_the_rebuild(string record)
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site).Rendered!;

        Assert.Null(rendered.RenderEdit(FirstPath, Encoding.UTF8.GetBytes(record), Open));
    }

    [Fact]
    public void A_record_the_site_did_not_have_or_no_open_page_renders_nothing_ahead()
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site).Rendered!;
        var record = Encoding.UTF8.GetBytes("title: Fourth Paper\ndate: 2025-10-10\nabstract: New.\n");

        Assert.Null(rendered.RenderEdit("input/papers/2025/10/fourth.yaml", record, Open));
        Assert.Null(rendered.RenderEdit(FirstPath, Encoding.UTF8.GetBytes("title: First Paper\ndate: 2025-10-10\nabstract: Edited.\ntags: [one]\nupvotes: 3\n"), []));
    }

    [Fact]
    public void Only_a_build_asked_to_keep_what_it_rendered_from_holds_it()
    {
        using var site = TestSite.Create(Archive);

        Assert.Null(site.Build().Rendered);
        Assert.NotNull(Build(site).Rendered);
    }

    private static BuildResult Build(TestSite site)
    {
        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root, KeepRendered = true, UseCache = false });
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        return result;
    }
}
