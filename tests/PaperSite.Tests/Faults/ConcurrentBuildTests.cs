using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Faults;

public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task Two_builds_into_one_output_never_mix()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 400);
        using var reference = TestSite.Create("");
        ArchiveGenerator.AddPapers(reference, 400);
        Assert.True(reference.Build().Succeeded);

        using var start = new Barrier(2);
        BuildResult BuildTogether()
        {
            start.SignalAndWait();
            return site.Build();
        }

        var results = await Task.WhenAll(Task.Run(BuildTogether), Task.Run(BuildTogether));

        Assert.Contains(results, r => r.Succeeded);
        foreach (var refused in results.Where(r => !r.Succeeded))
        {
            Assert.Equal("output: error PS0402: another build is writing this output folder; wait for it to finish and try again.", Assert.Single(refused.Diagnostics).ToString());
        }

        Assert.Equal(reference.Snapshot(), site.Snapshot());
    }
}
