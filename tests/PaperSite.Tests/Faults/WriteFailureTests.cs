using System.Diagnostics;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Faults;

/// <summary>Writing the site fails: one clear line and exit code 1, never a stack trace, and the previous output kept.</summary>
public sealed class WriteFailureTests
{
    [Fact]
    public void A_full_disk_is_one_clear_error_and_the_previous_output_survives()
    {
        using var site = TestSite.Create("");
        ArchiveGenerator.AddPapers(site, 60);
        var disk = Path.Combine(site.Root, "small-disk");
        Directory.CreateDirectory(disk);
        Mount(disk, "size=1m");
        try
        {
            var output = Path.Combine(disk, "site");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "index.html"), "the previous site");

            var outcome = CliRunner.Run("build", "--root", site.Root, "--output", output);

            Assert.Equal(1, outcome.ExitCode);
            var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Matches("^small-disk/site: error PS0401: writing the site failed, the previous output is unchanged: .*(No space left on device|Disk full).*", lines[0]);
            Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
            Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal(["index.html"], Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        }
        finally
        {
            Unmount(disk);
        }
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_one_clear_error()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        site.Write("blocked", "a file where the output's parent folder should be");

        var outcome = CliRunner.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, "blocked", "site"));

        Assert.Equal(1, outcome.ExitCode);
        var first = outcome.Error.ReplaceLineEndings("\n").Split('\n')[0];
        Assert.StartsWith("blocked/site: error PS0401: cannot prepare the output folder: ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    // Tests run as root (as CI does), which may mount; a tmpfs of a fixed size is a real full disk.
    private static void Mount(string folder, string options)
    {
        var outcome = ExternalTool.Run("mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder], TimeSpan.FromSeconds(30));
        Assert.True(outcome.ExitCode == 0, "mounting a small tmpfs failed (the tests need root): " + outcome.Error);
    }

    private static void Unmount(string folder)
    {
        var outcome = ExternalTool.Run("umount", [folder], TimeSpan.FromSeconds(30));
        Debug.Assert(outcome.ExitCode == 0, outcome.Error);
    }
}
