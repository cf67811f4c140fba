using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Testing;
using Xunit.Abstractions;

namespace PaperSite.Tests.Faults;

/// <summary>Two builds into one output folder never mix: the second refuses with PS0402, or waits its turn.</summary>
[Collection(HeavyTests.Name)]
public sealed class ConcurrentBuildTests(ITestOutputHelper log)
{
    [Fact]
    public void A_build_while_another_holds_the_output_refuses_and_touches_nothing()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-10-11\nabstract: B.\n");

        using (var other = OutputFolder.Open(site.OutputFolder, new DiagnosticBag(), "output"))
        {
            Assert.NotNull(other);
            var refused = site.BuildExpectingFailure();

            Assert.False(refused.Succeeded);
            Assert.Equal("output: error PS0402: another build is writing this output folder; wait for it to finish and try again.", Assert.Single(refused.Diagnostics).ToString());
            Assert.Equal(before, site.Snapshot());
        }

        Assert.True(site.Build().Succeeded);
        Assert.True(site.OutputExists("papers/b/index.html"));
    }

    [Fact]
    public void Two_processes_building_different_sites_into_one_folder_leave_one_whole_site()
    {
        using var siteA = TestSite.Create("");
        using var siteB = TestSite.Create("");
        ArchiveGenerator.AddPapers(siteA, 400, "a");
        ArchiveGenerator.AddPapers(siteB, 400, "b");
        var shared = Path.Combine(siteA.Root, "shared-output");
        Assert.True(siteA.Build(output: Path.Combine(siteA.Root, "expected")).Succeeded);
        Assert.True(siteB.Build(output: Path.Combine(siteB.Root, "expected")).Succeeded);
        var expectedA = siteA.Snapshot(Path.Combine(siteA.Root, "expected"));
        var expectedB = siteB.Snapshot(Path.Combine(siteB.Root, "expected"));

        for (var round = 0; round < 3; round++)
        {
            using var a = CliProcess.Start("build", "--root", siteA.Root, "--output", shared);
            using var b = CliProcess.Start("build", "--root", siteB.Root, "--output", shared);
            var outcomes = new[] { a.WaitForExit(TimeSpan.FromMinutes(2)), b.WaitForExit(TimeSpan.FromMinutes(2)) };

            log.WriteLine($"round {round}: exit codes {outcomes[0].ExitCode} and {outcomes[1].ExitCode}");
            Assert.All(outcomes, o => Assert.True(o.ExitCode == 0 || (o.ExitCode == 1 && o.Error.Contains("error PS0402: another build is writing this output folder", StringComparison.Ordinal)), o.Error));
            Assert.Contains(outcomes, o => o.ExitCode == 0);
            var now = siteA.Snapshot(shared);
            Assert.True(ArchiveGenerator.Same(now, expectedA) || ArchiveGenerator.Same(now, expectedB), "the output mixes the two sites");
        }
    }
}
