using PaperSite.Cli.Progress;
using PaperSite.Pipeline;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Progress;

/// <summary>What a build shows while it runs: a bar on a terminal, plain lines in a log, nothing with --quiet.</summary>
[Collection(HeavyTests.Name)]
public sealed class ProgressOutputTests
{
    private const string Archive = """
        -- input/papers/2025/10/first.yaml --
        title: First Paper
        date: 2025-10-10
        abstract: The first abstract.
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-11
        abstract: The second abstract.
        """;

    private static readonly ConsoleEnvironment Terminal = new() { ErrorIsTerminal = true, ProgressDelay = TimeSpan.Zero };

    [Fact]
    public void On_a_terminal_a_build_shows_its_stages_with_counts_and_a_coloured_bar()
    {
        using var site = TestSite.Create(Archive);

        var outcome = CliRunner.RunOn(Terminal, "build", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        var finished = FinishedLines(outcome.Error);
        Assert.Contains(finished, line => line.StartsWith("load papers", StringComparison.Ordinal) && line.Contains(" 2 ", StringComparison.Ordinal));
        Assert.Contains(finished, line => line.StartsWith("render pages", StringComparison.Ordinal));
        Assert.Contains("\r", outcome.Error);
        Assert.Contains("\u001b[32m#", outcome.Error);
        Assert.Contains("\nBuilt 2 papers", "\n" + outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NO_COLOR_keeps_the_bar_and_drops_every_escape_code()
    {
        using var site = TestSite.Create(Archive);

        var outcome = CliRunner.RunOn(Terminal with { NoColor = true }, "build", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.False(outcome.Error.Contains('\u001b', StringComparison.Ordinal), outcome.Error.Replace("\u001b", "<ESC>", StringComparison.Ordinal));
        Assert.Contains("\r", outcome.Error);
        Assert.Contains(FinishedLines(outcome.Error), line => line.StartsWith("render pages", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "text")]
    [InlineData(true, "github")]
    public void Off_a_terminal_or_for_github_a_build_prints_plain_lines(bool terminal, string format)
    {
        using var site = TestSite.Create(Archive);

        var outcome = CliRunner.RunOn(Terminal with { ErrorIsTerminal = terminal }, "build", "--root", site.Root, "--format", format);

        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("\r", outcome.Error);
        Assert.False(outcome.Error.Contains('\u001b', StringComparison.Ordinal), outcome.Error.Replace("\u001b", "<ESC>", StringComparison.Ordinal));
        var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.Matches("^  [a-z ]+ +([0-9,]+)? +[0-9]+\\.[0-9]{2} s$", line));
        Assert.Contains(lines, line => line.StartsWith("  load papers", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_good_build_or_check()
    {
        using var site = TestSite.Create(Archive);

        var build = CliRunner.RunOn(Terminal, "build", "--root", site.Root, "--quiet");
        var check = CliRunner.RunOn(Terminal, "check", "--root", site.Root, "--quiet");

        Assert.Equal((0, "", ""), (build.ExitCode, build.Output, build.Error));
        Assert.Equal((0, "", ""), (check.ExitCode, check.Output, check.Error));
    }

    [Fact]
    public void Quiet_still_prints_the_problems()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-02-30
            abstract: The first abstract.
            """);

        var outcome = CliRunner.RunOn(Terminal, "build", "--root", site.Root, "--quiet");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Output);
        Assert.Equal(
            "input/papers/2025/10/first.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.\n"
            + "Build failed: 1 error, 0 warnings. Nothing was written.\n",
            outcome.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_build_quicker_than_a_moment_shows_no_progress()
    {
        using var site = TestSite.Create(Archive);

        var outcome = CliRunner.RunOn(Terminal with { ProgressDelay = TimeSpan.FromMinutes(5) }, "build", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
    }

    [Fact]
    public void Stages_finished_before_the_moment_are_shown_once_it_passes_in_order()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var display = new ProgressDisplay(error, ProgressStyle.Lines, color: false, TimeSpan.FromSeconds(1), clock);

        Stage(display, clock, "load settings", 0, TimeSpan.FromMilliseconds(10));
        Stage(display, clock, "load papers", 3_000, TimeSpan.FromMilliseconds(300));
        Assert.Equal("", error.ToString());
        display.Report(new BuildProgress("render pages", 0, 0) { Kind = BuildProgressKind.Started });
        clock.Advance(TimeSpan.FromSeconds(1));
        for (var done = 1; done <= 10; done++)
        {
            display.Report(new BuildProgress("render pages", done * 100, 1_000));
        }

        display.Report(new BuildProgress("render pages", 1_000, 1_000) { Kind = BuildProgressKind.Finished });
        display.Complete();

        Assert.Equal(
            [
                "  load settings               0.01 s",
                "  load papers        3,000    0.30 s",
                "  render pages: 100 of 1,000",
                "  render pages: 200 of 1,000",
                "  render pages: 300 of 1,000",
                "  render pages: 400 of 1,000",
                "  render pages: 500 of 1,000",
                "  render pages: 600 of 1,000",
                "  render pages: 700 of 1,000",
                "  render pages: 800 of 1,000",
                "  render pages: 900 of 1,000",
                "  render pages       1,000    1.00 s",
            ],
            error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void The_live_bar_is_redrawn_in_place_and_cleared_when_the_stage_ends()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var display = new ProgressDisplay(error, ProgressStyle.Live, color: false, TimeSpan.Zero, clock);

        display.Report(new BuildProgress("render pages", 0, 0) { Kind = BuildProgressKind.Started });
        clock.Advance(TimeSpan.FromSeconds(1));
        display.Report(new BuildProgress("render pages", 500, 1_000));
        var drawn = error.ToString();
        clock.Advance(TimeSpan.FromSeconds(1));
        display.Report(new BuildProgress("render pages", 1_000, 1_000) { Kind = BuildProgressKind.Finished });
        display.Complete();

        Assert.EndsWith("  render pages    ############------------  50% 500/1,000", drawn);
        var afterBar = error.ToString()[drawn.Length..];
        Assert.Equal("\r" + new string(' ', "  render pages    ############------------  50% 500/1,000".Length) + "\r  render pages       1,000    2.00 s" + Environment.NewLine, afterBar);
    }

    private static void Stage(ProgressDisplay display, ManualClock clock, string stage, int count, TimeSpan takes)
    {
        display.Report(new BuildProgress(stage, 0, 0) { Kind = BuildProgressKind.Started });
        clock.Advance(takes);
        display.Report(new BuildProgress(stage, count, count) { Kind = BuildProgressKind.Finished });
    }

    /// <summary>The lines a live display leaves once its bar is cleared: what a reader sees scrolled up.</summary>
    private static List<string> FinishedLines(string error) =>
        error.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line[(line.LastIndexOf('\r') + 1)..])
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9;]*m", "").Trim())
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
