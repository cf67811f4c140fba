using PaperSite.Diagnostics;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Archive;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_creates_an_archive_that_checks_strictly_and_builds_at_once()
    {
        using var site = TestSite.Create("", withDefaultSettings: false);
        var root = Path.Combine(site.Root, "lab-papers");

        var outcome = CliRunner.Run("init", root, "--title", "Lab Papers", "--base-url", "https://lab.github.io/papers");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            $"""
            created input/site.yaml
            created input/papers/2017/06/1706.03762.yaml
            created .config/dotnet-tools.json
            created .gitignore
            created .github/workflows/check-records.yml
            created .github/workflows/pages.yml
            created README.md
            created CONTRIBUTING.md
            Created 8 files in {root}. Next: dotnet tool restore, then dotnet tool run papersite serve.

            """, outcome.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, CliRunner.Run("check", "--root", root, "--strict").ExitCode);
        Assert.Equal(0, CliRunner.Run("build", "--root", root).ExitCode);
        var home = File.ReadAllText(Path.Combine(root, "output", "index.html"));
        Assert.Contains("Lab Papers", home, StringComparison.Ordinal);
        Assert.Contains("https://lab.github.io/papers/papers/1706.03762/", File.ReadAllText(Path.Combine(root, "output", "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_never_overwrites_and_says_what_it_kept()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: Mine
            base_url: https://example.org/
            """, withDefaultSettings: false);

        var outcome = CliRunner.Run("init", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("kept    input/site.yaml (it exists; not changed)\n", outcome.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Created 7 files in", outcome.Output, StringComparison.Ordinal);
        Assert.Equal("title: Mine\nbase_url: https://example.org/\n", File.ReadAllText(Path.Combine(site.Root, "input", "site.yaml")));
        var again = CliRunner.Run("init", site.Root);
        Assert.Contains($"Nothing to do: {site.Root} already has every file init writes.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_manifest_pins_this_version_and_gitignore_keeps_output_and_cache_out()
    {
        using var site = TestSite.Create("", withDefaultSettings: false);

        CliRunner.Run("init", site.Root);

        var version = typeof(InitCommandTests).Assembly.GetName().Version!;
        var manifest = File.ReadAllText(Path.Combine(site.Root, ".config", "dotnet-tools.json"));
        Assert.Contains($"\"version\": \"{version.Major}.{version.Minor}.{version.Build}\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"papersite.cli\": {", manifest, StringComparison.Ordinal);
        Assert.Contains("\"papersite\"", manifest, StringComparison.Ordinal);
        var ignored = File.ReadAllLines(Path.Combine(site.Root, ".gitignore"));
        Assert.Contains("/output/", ignored);
        Assert.Contains("/.papersite-cache/", ignored);
    }

    [Fact]
    public void Contributing_explains_every_diagnostic_code()
    {
        using var site = TestSite.Create("", withDefaultSettings: false);

        CliRunner.Run("init", site.Root, "--title", "Lab Papers");

        var contributing = File.ReadAllText(Path.Combine(site.Root, "CONTRIBUTING.md"));
        Assert.StartsWith("# Contributing to Lab Papers\n", contributing, StringComparison.Ordinal);
        Assert.Contains("## Adding a paper in three steps", contributing, StringComparison.Ordinal);
        Assert.Contains("dotnet tool run papersite check --strict", contributing, StringComparison.Ordinal);
        foreach (var code in DiagnosticMeanings.AllCodes)
        {
            Assert.Contains($"| {code} | {DiagnosticMeanings.Of(code)} |", contributing, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_base_url_the_folder_names_the_pages_site()
    {
        using var site = TestSite.Create("", withDefaultSettings: false);

        CliRunner.Run("init", Path.Combine(site.Root, "My Archive"));

        Assert.Contains("base_url: \"https://owner.github.io/my-archive/\"", File.ReadAllText(Path.Combine(site.Root, "My Archive", "input", "site.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_base_url_is_refused_before_anything_is_written()
    {
        using var site = TestSite.Create("", withDefaultSettings: false);

        var outcome = CliRunner.Run("init", site.Root, "--base-url", "ftp://example.org/");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("error: --base-url must be an absolute http or https URL such as https://owner.github.io/archive/, got 'ftp://example.org/'.\n", outcome.Error.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root));
    }
}
