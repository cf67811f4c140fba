using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Pipeline;

/// <summary>The build says what the site weighs, kind by kind, and warns past 80% of GitHub Pages' 1 GB.</summary>
public sealed class SiteSizeTests
{
    private const string Archive = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: The first abstract, long enough to weigh something on its page and in the feeds.
        authors: [Ada Lovelace]
        tags: [ml]
        -- input/papers/b.yaml --
        title: B
        date: 2025-10-11
        abstract: The second abstract.
        authors: [Ada Lovelace]
        tags: [ml]
        """;

    [Fact]
    public void The_reported_size_is_the_published_files_lengths_by_kind()
    {
        using var site = TestSite.Create(Archive);

        var result = site.Build();

        var files = Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(site.OutputFolder, f).Replace('\\', '/'), new FileInfo(f).Length)).ToList();
        var size = Assert.IsType<SiteSizeReport>(result.Size);
        Assert.Equal(files.Sum(f => f.Length), size.Bytes);
        Assert.Equal(files.Count, size.Files);
        Assert.Equal(result.FilesWritten, size.Files);
        Assert.Equal(files.Where(f => f.Path.StartsWith("papers/", StringComparison.Ordinal)).Sum(f => f.Length), Kind(size, "paper pages").Bytes);
        Assert.Equal(2, Kind(size, "paper pages").Files);
        Assert.Equal(3, Kind(size, "tag feeds").Files);
        Assert.Equal(["tags/ml/atom.xml", "tags/ml/feed.json", "tags/ml/feed.xml"], files.Where(f => SiteSize.KindOf(f.Path) == 5).Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(1, Kind(size, "author pages").Files);
        Assert.True(Kind(size, "search index").Files > 0);
        Assert.Equal(size.Kinds.OrderByDescending(k => k.Bytes).Select(k => k.Name), size.Kinds.Select(k => k.Name));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0403");
    }

    [Fact]
    public void Past_80_percent_of_the_limit_the_build_warns_naming_the_largest_kinds()
    {
        using var site = TestSite.Create(Archive);
        var bytes = site.Build().Size!.Bytes;

        var under = Build(site, limit: (long)(bytes / 0.79));
        var over = Build(site, limit: (long)(bytes / 0.81));

        Assert.True(under.Succeeded);
        Assert.DoesNotContain(under.Diagnostics, d => d.Code == "PS0403");
        Assert.True(over.Succeeded, "a warning does not fail a build");
        var warning = Assert.Single(over.Diagnostics, d => d.Code == "PS0403");
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
        var largest = over.Size!.Kinds.Take(3).ToList();
        Assert.Contains($"81% of the {SiteSizeReport.Format((long)(bytes / 0.81))} GitHub Pages publishes", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"the largest parts are {largest[0].Name} {SiteSizeReport.Format(largest[0].Bytes)}, {largest[1].Name} ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_strict_a_site_past_the_warning_fails_and_leaves_the_previous_output()
    {
        using var site = TestSite.Create(Archive);
        var bytes = site.Build().Size!.Bytes;
        var before = site.Snapshot();
        site.Write("input/papers/c.yaml", "title: C\ndate: 2025-10-12\nabstract: A third.\n");

        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root, Strict = true, SizeLimit = bytes });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0403");
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void Builds_that_keep_files_report_the_same_size_as_a_full_build()
    {
        using var site = TestSite.Create(Archive);
        site.Build();

        var unchanged = site.Build();
        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-10-11\nabstract: The second abstract, now longer than it was.\nauthors: [Ada Lovelace]\ntags: [ml]\n");
        var changed = site.Build();
        var full = SiteBuilder.Build(new BuildOptions { Root = site.Root, UseCache = false, OutputFolder = Path.Combine(site.Root, "full") });

        Assert.True(unchanged.FilesKept > 0);
        Assert.True(changed.FilesKept > 0);
        Assert.Equal(unchanged.FilesWritten, unchanged.Size!.Files);
        Assert.Equal(full.Size!.Kinds, changed.Size!.Kinds);
        Assert.Equal(Directory.EnumerateFiles(site.OutputFolder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length), changed.Size.Bytes);
    }

    [Fact]
    public void The_command_line_prints_the_size_and_under_verbose_each_kind()
    {
        using var site = TestSite.Create(Archive);

        var outcome = Cli.CliRunner.Run("build", "--root", site.Root, "--no-cache", "--verbose");

        Assert.Equal(0, outcome.ExitCode);
        var output = outcome.Output.ReplaceLineEndings("\n");
        Assert.Matches("\nBuilt 2 papers into [0-9]+ files \\([0-9]+ KB\\) in .+output \\([0-9.]+ s\\)\\.\n$", output);
        Assert.Matches("\n  paper pages +[0-9]+ KB +2 files\n", output);
        Assert.Matches("\n  tag feeds +[0-9]+ KB +3 files\n", output);
    }

    [Theory]
    [InlineData("papers/a/index.html", "paper pages")]
    [InlineData("days/2025-10-10/index.html", "day pages")]
    [InlineData("weeks/2025-W41/index.html", "week pages")]
    [InlineData("months/2025-10/index.html", "month pages")]
    [InlineData("tags/index.html", "other pages and assets")]
    [InlineData("tags/ml/index.html", "tag pages")]
    [InlineData("tags/ml/page/2/index.html", "tag pages")]
    [InlineData("tags/ml/feed.json", "tag feeds")]
    [InlineData("authors/ada-lovelace/page/3/index.html", "author pages")]
    [InlineData("search/index/manifest.json", "search index")]
    [InlineData("search/index.html", "other pages and assets")]
    [InlineData("feed.xml", "site feeds")]
    [InlineData("digest.atom", "site feeds")]
    [InlineData("sitemap-2.xml", "sitemaps")]
    [InlineData("index.html", "other pages and assets")]
    [InlineData("assets/style.css", "other pages and assets")]
    public void Every_address_has_its_kind(string path, string kind) =>
        Assert.Equal(kind, SiteSize.Kinds[SiteSize.KindOf(path)]);

    private static BuildResult Build(TestSite site, long limit) =>
        SiteBuilder.Build(new BuildOptions { Root = site.Root, SizeLimit = limit });

    private static SiteSizeReport.Kind Kind(SiteSizeReport size, string name) => Assert.Single(size.Kinds, k => k.Name == name);
}
