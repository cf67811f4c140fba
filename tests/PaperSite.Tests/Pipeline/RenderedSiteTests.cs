using System.Text;
using PaperSite.Pipeline;
using PaperSite.Testing;
using PaperSite.Tests.Caching;

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
        authors: [Ada Lovelace]
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-10
        abstract: The second abstract.
        tags: [one]
        authors: [Ada Lovelace]
        -- input/papers/2025/08/third.yaml --
        title: Third Paper
        date: 2025-08-01
        abstract: The third abstract.
        """;

    private const string FirstPath = "input/papers/2025/10/first.yaml";

    private static readonly string[] Open =
    [
        "papers/first/index.html", "days/2025-10-10/index.html", "tags/one/index.html", "papers/third/index.html", "index.html",
        "weeks/2025-W41/index.html", "months/2025-10/index.html", "authors/ada-lovelace/index.html",
    ];

    [Fact]
    public void An_edit_that_moves_nothing_renders_the_open_pages_as_the_rebuild_writes_them()
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site)!;
        const string Edited = "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, *edited*.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\n"
            + "author_count: 7\norganization: Analytical Engines\npublished: 2025-09\nsubmitted_by: someone\nlinks:\n  code: https://example.org/code\n";

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
    [InlineData("title: First Paper\ndate: 2025-10-11\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\n")]
    [InlineData("title: First Paper, Renamed\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one, two]\nupvotes: 3\nauthors: [Ada Lovelace]\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 0\nauthors: [Ada Lovelace]\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace, Charles Babbage]\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\narxiv: 2510.08521\n")]
    [InlineData("title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\ndoi: 10.1000/xyz\n")]
    [InlineData("title: First Paper\ndate: not a date\nabstract: The first abstract.\n")]
    public void An_edit_that_moves_the_paper_or_breaks_its_record_is_left_to_the_rebuild(string record)
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site)!;

        Assert.Null(rendered.RenderEdit(FirstPath, Encoding.UTF8.GetBytes(record), Open));
    }

    [Fact]
    public void A_record_the_site_did_not_have_or_no_open_page_renders_nothing_ahead()
    {
        using var site = TestSite.Create(Archive);
        var rendered = Build(site)!;
        var record = Encoding.UTF8.GetBytes("title: Fourth Paper\ndate: 2025-10-10\nabstract: New.\n");

        Assert.Null(rendered.RenderEdit("input/papers/2025/10/fourth.yaml", record, Open));
        Assert.Null(rendered.RenderEdit(FirstPath, Encoding.UTF8.GetBytes("title: First Paper\ndate: 2025-10-10\nabstract: Edited.\ntags: [one]\nupvotes: 3\nauthors: [Ada Lovelace]\n"), []));
    }

    [Fact]
    public void A_build_that_keeps_the_site_keeps_what_it_was_rendered_from_and_one_that_reads_the_records_lets_it_go_first()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        var slot = new RenderedSlot();
        var options = new BuildOptions { Root = site.Root, Rendered = slot };
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var first = slot.Site;

        Assert.NotNull(first);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.Same(first, slot.Site);

        site.Write(FirstPath, "title: First Paper\ndate: not a date\nabstract: x\n");
        CachedBuild.AgeSources(site);
        Assert.False(SiteBuilder.Build(options).Succeeded);
        Assert.Null(slot.Site);
    }

    private static RenderedSite Build(TestSite site)
    {
        var slot = new RenderedSlot();
        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root, Rendered = slot, UseCache = false });
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        return slot.Site!;
    }
}
