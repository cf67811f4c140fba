using PaperSite.Cli.Serving;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Serving;

/// <summary>Which saves serve renders ahead of the rebuild: one record edited, and nothing else a build reads.</summary>
public sealed class EditedRecordTests
{
    private const string First = "input/papers/2025/10/first.yaml";

    [Fact]
    public void One_record_with_files_no_build_reads_is_an_edit_of_that_record()
    {
        using var site = Site();
        var rendered = Rendered(site);
        site.Write("input/papers/2025/10/.first.yaml.swp", "swap");

        Assert.Equal(First, EditedRecord.Of([First], new SiteSources(site.Root), rendered));
        // An editor's swap file, and a tool's temporary file already renamed into place.
        Assert.Equal(First, EditedRecord.Of(["input/papers/2025/10/.first.yaml.swp", "input/papers/2025/10/sedAbC123", First, First], new SiteSources(site.Root), rendered));
    }

    [Theory]
    [InlineData("input/papers/2025/10/second.yaml")]
    [InlineData("input/papers/2025/08")]
    [InlineData("input/papers/2025/08/gone.yaml")]
    [InlineData("input/site.yaml")]
    [InlineData("theme/templates/paper.html")]
    [InlineData("input")]
    public void A_save_that_touches_anything_else_a_build_reads_is_left_to_the_rebuild(string other)
    {
        using var site = Site();
        var rendered = Rendered(site);
        File.Delete(Path.Combine(site.Root, "input/papers/2025/08/gone.yaml"));

        Assert.Null(EditedRecord.Of([First, other], new SiteSources(site.Root), rendered));
    }

    [Fact]
    public void A_deleted_folder_of_records_is_not_taken_for_a_file_no_build_reads()
    {
        using var site = Site();
        var rendered = Rendered(site);
        Directory.Delete(Path.Combine(site.Root, "input/papers/2025/08"), recursive: true);

        Assert.Null(EditedRecord.Of([First, "input/papers/2025/08"], new SiteSources(site.Root), rendered));
        Assert.True(rendered.Knows("input/papers/2025/08"));
        Assert.False(rendered.Knows("input/papers/2025/0"));
    }

    private static TestSite Site() => TestSite.Create("""
        -- input/papers/2025/10/first.yaml --
        title: First Paper
        date: 2025-10-10
        abstract: The first abstract.
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-10
        abstract: The second abstract.
        -- input/papers/2025/08/gone.yaml --
        title: Gone Paper
        date: 2025-08-01
        abstract: Soon deleted.
        """);

    private static RenderedSite Rendered(TestSite site)
    {
        var slot = new RenderedSlot();
        Assert.True(SiteBuilder.Build(new BuildOptions { Root = site.Root, Rendered = slot, UseCache = false }).Succeeded);
        return slot.Site!;
    }
}
