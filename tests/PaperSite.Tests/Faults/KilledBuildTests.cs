using System.Diagnostics;
using PaperSite.Testing;

namespace PaperSite.Tests.Faults;

/// <summary>
/// A build killed with SIGKILL at any moment leaves the previous site whole: the real program runs
/// as a child process and is killed at several points of its work.
/// </summary>
public sealed class KilledBuildTests
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "papersite.dll");

    [Fact]
    public void Sigkill_at_any_point_leaves_the_previous_output_byte_identical_and_the_next_build_works()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 1500);
        Assert.True(site.Build().Succeeded);
        var published = site.Snapshot();

        // A change the killed builds would publish, so a half-published site would show.
        site.Write("input/papers/new.yaml", "title: Added later\ndate: 2026-01-01\nabstract: New.\n");
        int[] delaysInMilliseconds = [0, 100, 250, 500, 900, 1400, 2000];
        var killedWhileRunning = 0;
        foreach (var delay in delaysInMilliseconds)
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["exec", Program, "build", "--root", site.Root])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            Thread.Sleep(delay);
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                killedWhileRunning++;
            }

            build.WaitForExit();
            if (build.ExitCode == 0 && !site.Snapshot().ContainsKey("papers/new/index.html"))
            {
                Assert.Fail("a build that exited 0 must have published the new paper");
            }

            if (build.ExitCode != 0)
            {
                Assert.Equal(published, site.Snapshot());
            }
            else
            {
                published = site.Snapshot();
            }
        }

        Assert.True(killedWhileRunning >= 3, $"only {killedWhileRunning} builds were still running when killed; the archive is too small to test this");
        var next = site.Build();
        Assert.True(next.Succeeded, DiagnosticText.Of(next.Diagnostics));
        Assert.True(site.OutputExists("papers/new/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }
}
