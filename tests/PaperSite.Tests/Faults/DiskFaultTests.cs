using System.Diagnostics;
using PaperSite.Testing;
using PaperSite.Tests.Cli;
using Xunit.Abstractions;

namespace PaperSite.Tests.Faults;

/// <summary>
/// A full disk or an output folder that cannot be made is one clear PS0401 line and exit code 1,
/// never a stack trace, and the previous output stays whole.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class DiskFaultTests(ITestOutputHelper log)
{
    [Fact]
    public void A_full_disk_is_one_clear_error_and_the_previous_output_stays_whole()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        var disk = Path.Combine(site.Root, "small-disk");
        Directory.CreateDirectory(disk);

        // A real full disk: a 512 KiB tmpfs. Mounting needs root, which CI and this project's machines are.
        Assert.True(Command("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk) == 0, "mounting a small tmpfs failed; this test needs root");
        try
        {
            var output = Path.Combine(disk, "site");
            Assert.Equal(0, CliRunner.Run("build", "--root", site.Root, "--output", output).ExitCode);
            var before = site.Snapshot(output);
            ArchiveGenerator.AddPapers(site, 150, abstractWords: 1500);

            var outcome = CliRunner.Run("build", "--root", site.Root, "--output", output);

            log.WriteLine(outcome.Error);
            Assert.Equal(1, outcome.ExitCode);
            var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Matches("^small-disk/site: error PS0401: writing the site failed, the previous output is unchanged: No space left on device", lines[0]);
            Assert.Equal("Build failed: 1 error, 0 warnings. The previous output was left as it was.", lines[1]);
            Assert.Equal(before, site.Snapshot(output));
            Assert.Empty(Directory.EnumerateDirectories(disk, ".site.staging-*"));

            Directory.Delete(Path.Combine(site.Root, "input", "papers", "2025"), recursive: true);
            Assert.Equal(0, CliRunner.Run("build", "--root", site.Root, "--output", output).ExitCode);
        }
        finally
        {
            Command("umount", disk);
        }
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_clear_error()
    {
        // Tests run as root, where permissions do not stop writes; a file where a folder must go does.
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n-- not-a-folder --\nx\n");

        var outcome = CliRunner.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, "not-a-folder", "site"));

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("not-a-folder/site: error PS0401: cannot prepare the output folder: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("x\n", File.ReadAllText(Path.Combine(site.Root, "not-a-folder")));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_one_clear_error_and_the_file_is_kept()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n-- output --\nnot a site\n");

        var outcome = CliRunner.Run("build", "--root", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("output: error PS0401: writing the site failed, the previous output is unchanged: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("not a site\n", File.ReadAllText(site.OutputFolder));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    private static int Command(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
