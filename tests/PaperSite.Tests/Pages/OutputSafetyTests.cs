using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

public sealed class OutputSafetyTests
{
    private const string Good = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: A.
        """;

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = TestSite.Create(Good);
        Assert.True(site.Build().Succeeded);
        site.Write("output/keep-me.txt", "a file the maintainer put there");
        var before = site.Snapshot();

        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-02-30\nabstract: B.\n");
        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal(before, site.Snapshot());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_whole()
    {
        using var site = TestSite.Create(Good);
        site.Build();
        site.Write("output/stale.html", "from an older build");

        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-10-11\nabstract: B.\n");
        Assert.True(site.Build().Succeeded);

        Assert.False(site.OutputExists("stale.html"));
        Assert.True(site.OutputExists("papers/b/index.html"));
    }

    [Fact]
    public void The_replaced_site_is_kept_aside_only_until_the_next_build()
    {
        using var site = TestSite.Create(Good);

        // Without the cache: with it, a build with nothing changed keeps the output in place and replaces nothing.
        for (var build = 0; build < 3; build++)
        {
            Assert.True(PaperSite.Pipeline.SiteBuilder.Build(new PaperSite.Pipeline.BuildOptions { Root = site.Root, UseCache = false }).Succeeded);
        }

        var aside = Assert.Single(Directory.EnumerateDirectories(site.Root, ".output.*"));
        Assert.StartsWith(".output.previous-", Path.GetFileName(aside), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        using var site = TestSite.Create(Good + "\n" + """
            -- input/papers/b.yaml --
            title: B
            date: 2025-10-10
            abstract: B with $x^2$.
            tags: [ml, LLM]
            upvotes: 3
            -- input/papers/c.yaml --
            title: C
            date: 2025-10-11
            abstract: C.
            tags: [llm]
            """);

        site.Build();
        var first = site.Snapshot();
        site.Build();
        var second = site.Snapshot();

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
    }

    [Fact]
    public void The_output_folder_may_not_be_the_site_root_or_its_input()
    {
        using var site = TestSite.Create(Good);

        var intoRoot = site.BuildExpectingFailure(output: site.Root);
        var intoInput = site.BuildExpectingFailure(output: Path.Combine(site.Root, "input", "site"));

        Assert.False(intoRoot.Succeeded);
        Assert.False(intoInput.Succeeded);
        Assert.All([intoRoot, intoInput], r => Assert.Equal("PS0401", Assert.Single(r.Diagnostics).Code));
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "papers", "a.yaml")));
    }

    [Fact]
    public void Warnings_fail_the_build_only_when_strict()
    {
        using var site = TestSite.Create("");

        Assert.True(site.Build().Succeeded);
        var strict = site.BuildExpectingFailure(strict: true);

        Assert.False(strict.Succeeded);
        Assert.Equal("input/papers: warning PS0114: no paper records were found; the site will be empty.", Assert.Single(strict.Diagnostics).ToString());
    }
}
