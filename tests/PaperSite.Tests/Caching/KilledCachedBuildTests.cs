using System.Diagnostics;
using System.Globalization;
using PaperSite.Caching;
using PaperSite.Testing;
using PaperSite.Tests.Faults;
using Xunit.Abstractions;

namespace PaperSite.Tests.Caching;

/// <summary>A build killed with SIGKILL at any moment leaves a cache the next build either uses correctly or discards: the site it then builds is a full build's.</summary>
[Collection(HeavyTests.Name)]
public sealed class KilledCachedBuildTests(ITestOutputHelper log)
{
    private static readonly double[] KillPoints = [0.2, 0.6, 1.0];

    [Fact]
    public void After_a_build_killed_at_any_moment_the_next_build_gives_the_full_builds_site()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 600);
        var first = CliProcess.Run("build", "--root", site.Root);
        Assert.True(first.ExitCode == 0, first.Error);

        Retitle(site, "Timed");
        var clock = Stopwatch.StartNew();
        var timed = CliProcess.Run("build", "--root", site.Root);
        var duration = clock.Elapsed;
        Assert.True(timed.ExitCode == 0, timed.Error);
        log.WriteLine($"an incremental build after one change took {duration.TotalMilliseconds:0} ms in a child process");

        foreach (var point in KillPoints)
        {
            var when = string.Create(CultureInfo.InvariantCulture, $"killed at {point:P0} of a build");
            Retitle(site, when);
            using (var build = CliProcess.Start("build", "--root", site.Root))
            {
                Thread.Sleep(duration * point);
                build.Kill();
            }

            BuildAndCompare(site, when);
        }

        // The window that matters most: the site is being swapped in and its file list is not written yet.
        Retitle(site, "Publishing");
        var marker = Directory.GetFiles(Path.Combine(site.Root, BuildCache.FolderName), "output-*.bin").Single() + ".publishing";
        using (var build = CliProcess.Start("build", "--root", site.Root))
        {
            var clockToMarker = Stopwatch.StartNew();
            while (!build.HasExited && !File.Exists(marker) && clockToMarker.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(0);
            }

            build.Kill();
        }

        var caught = File.Exists(marker);
        log.WriteLine(caught ? "killed while publishing" : "the build ended before it could be killed while publishing");
        var after = BuildAndCompare(site, "killed while publishing");
        if (caught)
        {
            Assert.Contains("the last build into output was stopped while publishing", after.Output, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    private Cli.CliRunner.Outcome BuildAndCompare(TestSite site, string when)
    {
        var next = CliProcess.Run("build", "--root", site.Root);
        Assert.True(next.ExitCode == 0, $"{when}: {next.Error}");
        log.WriteLine($"{when}; the next build: {next.Output.ReplaceLineEndings(" | ")}");
        CachedBuild.AssertSameAsFull(site, when);

        // And the cache that build left is sound for the one after.
        var again = CliProcess.Run("build", "--root", site.Root);
        Assert.Contains("nothing changed since the last build", again.Output, StringComparison.Ordinal);
        return next;
    }

    private static void Retitle(TestSite site, string title) =>
        site.Write("input/papers/2025/01/p0000.yaml", $"title: {title}\ndate: 2025-01-01\nabstract: Changed to {title}.\ntags: [t0]\n");
}
