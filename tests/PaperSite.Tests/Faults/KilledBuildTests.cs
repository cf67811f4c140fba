using System.Diagnostics;
using System.Globalization;
using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Testing;
using Xunit.Abstractions;

namespace PaperSite.Tests.Faults;

/// <summary>
/// A build killed with SIGKILL at any moment (while starting, loading, rendering or swapping the
/// output in) leaves one whole site in place, the old or the new, never a mix; the next build succeeds.
/// (A small change is moved into the folder in place instead: killed in those milliseconds, it leaves a journal
/// the next build undoes first, OutputPatchTests.)
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class KilledBuildTests(ITestOutputHelper log)
{
    // Fractions of a whole build's time; past 1, since a build started right after a kill also cleans up after it.
    private static readonly double[] KillPoints = [0.02, 0.15, 0.3, 0.5, 0.7, 0.9, 1.1, 1.4];

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_or_the_new_site_whole()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 3000);
        Assert.True(site.Build().Succeeded);
        var previous = site.Snapshot();
        var (next, duration) = ChangeAndBuildElsewhere(site, "Retitled");
        log.WriteLine($"a whole build of 3,000 papers took {duration.TotalMilliseconds:0} ms in a child process");

        foreach (var point in KillPoints)
        {
            using var build = CliProcess.Start("build", "--root", site.Root);
            Thread.Sleep(duration * point);
            var finished = build.HasExited;
            build.Kill();
            AssertWhole(site, previous, next, string.Create(CultureInfo.InvariantCulture, $"killed at {point:P0} of a build{(finished ? " (it had finished)" : "")}"));
            previous = site.Snapshot();
        }

        // The moment that matters most: every file is staged and the swap is about to happen. Each time
        // the input changes first, so the site before and the site after differ.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            previous = site.Snapshot();
            (next, _) = ChangeAndBuildElsewhere(site, $"Attempt {attempt}");
            var leftovers = Directory.EnumerateDirectories(site.Root, ".output.staging-*").ToHashSet();
            using var build = CliProcess.Start("build", "--root", site.Root);
            var staged = WaitUntil(() => build.HasExited || Directory.EnumerateDirectories(site.Root, ".output.staging-*").Any(s => !leftovers.Contains(s) && Directory.Exists(Path.Combine(s, "assets"))));
            build.Kill();
            AssertWhole(site, previous, next, staged ? "killed as the staged site was completed" : "killed after the build ended");
        }

        var final = CliProcess.Run("build", "--root", site.Root);
        Assert.True(final.ExitCode == 0, final.Error);
        Assert.True(ArchiveGenerator.Same(site.Snapshot(), next));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public void An_output_lost_between_two_renames_is_restored_before_the_next_build_writes()
    {
        // Where renameat2 is missing the swap is two renames; a kill between them leaves only the aside copy.
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        Assert.True(site.Build().Succeeded);
        var previous = site.Snapshot();
        Directory.Move(site.OutputFolder, Path.Combine(site.Root, ".output.previous-0000000000000000001-1"));
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.staging-killed"));

        using (var output = OutputFolder.Open(site.OutputFolder, new DiagnosticBag(), "output"))
        {
            Assert.NotNull(output);
        }

        Assert.Equal(previous, site.Snapshot());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public void A_killed_builds_staging_folder_is_removed_by_the_next_build()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        site.Write(".output.staging-killed/papers/half/index.html", "<p>half a page");

        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root });

        Assert.True(result.Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
        Assert.False(site.OutputExists("papers/half/index.html"));
    }

    /// <summary>Retitles a paper and builds the result into a folder of its own: what the next build must produce.</summary>
    private static (SortedDictionary<string, byte[]> Site, TimeSpan Took) ChangeAndBuildElsewhere(TestSite site, string title)
    {
        site.Write("input/papers/2025/01/p0000.yaml", $"title: {title}\ndate: 2025-01-01\nabstract: Changed.\n");
        var folder = Path.Combine(site.Root, "expected-" + Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        var outcome = CliProcess.Run("build", "--root", site.Root, "--output", folder);
        var took = clock.Elapsed;
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var built = site.Snapshot(folder);
        Directory.Delete(folder, recursive: true);
        return (built, took);
    }

    private void AssertWhole(TestSite site, SortedDictionary<string, byte[]> previous, SortedDictionary<string, byte[]> next, string when)
    {
        // A build killed in the moment it moves a small change's files into the folder in place leaves the journal of
        // that patch; the next build undoes it before anything else, as opening the folder does here.
        if (Directory.EnumerateDirectories(site.Root, ".output.patch-*").Any(patch => File.Exists(Path.Combine(patch, "journal"))))
        {
            using (OutputFolder.Open(site.OutputFolder, new DiagnosticBag(), "output"))
            {
            }

            when += ", in the middle of moving files in, undone";
        }

        var now = site.Snapshot();
        var state = ArchiveGenerator.Same(now, previous) ? "previous site" : ArchiveGenerator.Same(now, next) ? "new site" : null;
        log.WriteLine($"{when}: the output is the {state ?? "A MIX"}");
        Assert.True(state is not null, $"{when}, the output is neither the previous site nor the new one");
    }

    private static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                return false;
            }

            Thread.Sleep(1);
        }

        return true;
    }
}
