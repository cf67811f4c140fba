using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// Every record of <c>corpus/refused/</c> is refused with the diagnostics its own comments promise:
/// file, line and column, one line each, no stack trace, and the previous output left exactly as it was.
/// </summary>
public sealed class RefusedRecordTests
{
    public static TheoryData<string> Records => HostileCorpus.RefusedRecords();

    [Theory]
    [MemberData(nameof(Records))]
    public void A_hostile_record_is_refused_with_a_clear_diagnostic_and_the_previous_output_stays(string name)
    {
        using var site = TestSite.Create("-- input/papers/good.yaml --\ntitle: Good\ndate: 2025-10-10\nabstract: Fine.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.WriteBytes("input/papers/" + name, HostileCorpus.RefusedRecord(name));

        var outcome = RunGuarded(() => CliRunner.Run("build", "--root", site.Root));

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("Build failed: ", lines[^1], StringComparison.Ordinal);
        Assert.All(lines[..^1], line => Assert.True(HostileCorpus.IsDiagnosticLine(line), $"not a one-line diagnostic: {line}"));
        Assert.DoesNotContain("Exception", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.All(lines[..^1], line => Assert.StartsWith($"input/papers/{name}", line, StringComparison.Ordinal));
        Assert.Equal(HostileCorpus.ExpectedDiagnostics(name), lines[..^1].Select(HostileCorpus.Shape));
        Assert.Equal(before, site.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Check_reports_the_same_problems_as_github_annotations_on_single_lines(string name)
    {
        using var site = TestSite.Create("");
        site.WriteBytes("input/papers/" + name, HostileCorpus.RefusedRecord(name));

        var outcome = RunGuarded(() => CliRunner.Run("check", "--root", site.Root, "--format", "github"));

        Assert.Equal(1, outcome.ExitCode);
        var annotations = outcome.Error.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(HostileCorpus.ExpectedDiagnostics(name).Count, annotations.Count);
        Assert.All(annotations, line => Assert.StartsWith($"::error file=input/papers/{name}", line, StringComparison.Ordinal));
    }

    /// <summary>A hang guard, not a timing test: a refused record is refused at once, but a bug must not stall the suite.</summary>
    private static CliRunner.Outcome RunGuarded(Func<CliRunner.Outcome> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the command did not finish within 30 s");
        return task.Result;
    }
}
