using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Cli;

/// <summary>Expected failures are diagnostics with their real cause; the summary line says only what is true.</summary>
public sealed class BuildFailureTests
{
    private const string Good = "-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n";

    [Fact]
    public void A_root_that_does_not_exist_is_named_and_nothing_is_said_of_settings_or_a_previous_output()
    {
        var missing = Path.Combine(Path.GetTempPath(), "papersite-tests", "no-such-root-" + Guid.NewGuid().ToString("N"));

        var outcome = CliRunner.Run("build", "--root", missing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            $"--root: error PS0008: the site root {missing} does not exist.\nBuild failed: 1 error, 0 warnings. Nothing was written.\n",
            outcome.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_failed_build_over_an_earlier_site_says_it_was_left_as_it_was_and_one_without_says_nothing_was_written()
    {
        using var site = TestSite.Create(Good);
        var first = CliRunner.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, "fresh"));
        site.Build();
        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-02-30\nabstract: B.\n");

        var overEarlier = CliRunner.Run("build", "--root", site.Root);
        var intoNew = CliRunner.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, "new"));

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("Build failed: 1 error, 0 warnings. The previous output was left as it was.\n", overEarlier.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("Build failed: 1 error, 0 warnings. Nothing was written.\n", intoNew.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_the_system_cannot_use_is_a_diagnostic_not_a_crash()
    {
        using var site = TestSite.Create(Good);

        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root, OutputFolder = "out\0put" });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputError, error.Code);
        Assert.Equal("--output", error.Path);
    }
}
