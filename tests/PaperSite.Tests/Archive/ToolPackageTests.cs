using PaperSite.Testing;

namespace PaperSite.Tests.Archive;

/// <summary>
/// The tool as an archive repository gets it: packed, installed from the package alone, run in a
/// folder that has nothing of PaperSite's source or theme.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly TestSite _work = TestSite.Create("", withDefaultSettings: false);

    private string Packages => Path.Combine(_work.Root, "packages");

    // Its own package cache and its own dotnet home (which holds the tool resolver's cache), so no copy of the
    // same version restored by an earlier run, since deleted, can stand in for this build's.
    private Dictionary<string, string> Environment => new(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = Path.Combine(_work.Root, "nuget"),
        ["DOTNET_CLI_HOME"] = Path.Combine(_work.Root, "home"),
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    [Fact]
    public void The_packed_tool_installs_and_inits_checks_and_builds_an_archive_without_a_theme_folder()
    {
        Pack();
        var toolPath = Path.Combine(_work.Root, "tools");
        Dotnet(_work.Root, "tool", "install", "PaperSite.Cli", "--tool-path", toolPath, "--add-source", Packages);
        var papersite = Path.Combine(toolPath, "papersite");
        var archive = Path.Combine(_work.Root, "archive");
        Directory.CreateDirectory(archive);

        Run(papersite, archive, "init", "--title", "Installed");
        var check = Run(papersite, archive, "check", "--strict");
        var build = Run(papersite, archive, "build");

        Assert.Equal("Checked 1 papers: 0 errors, 0 warnings.\n", check.Output.ReplaceLineEndings("\n"));
        Assert.Contains("\nBuilt 1 papers into ", "\n" + build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(archive, "theme")));
        Assert.Contains("Attention Is All You Need", File.ReadAllText(Path.Combine(archive, "output", "papers", "1706.03762", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(archive, "output", "assets", "style.css")));
    }

    [Fact]
    public void X64_linux_gets_the_engine_compiled_ahead_of_time_and_every_other_machine_the_plain_assemblies()
    {
        Pack();
        var toolPath = Path.Combine(_work.Root, "tools");
        Dotnet(_work.Root, "tool", "install", "PaperSite.Cli", "--tool-path", toolPath, "--add-source", Packages);

        var installed = Directory.GetFiles(Path.Combine(toolPath, ".store"), "PaperSite.Engine.dll", SearchOption.AllDirectories).Single();
        var fallback = Path.Combine(_work.Root, "any");
        System.IO.Compression.ZipFile.ExtractToDirectory(Directory.GetFiles(Packages, "PaperSite.Cli.any.*.nupkg").Single(), fallback);

        Assert.False(IsReadyToRun(Path.Combine(fallback, "tools", "net10.0", "any", "PaperSite.Engine.dll")));
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            Assert.Contains("papersite.cli.linux-x64", installed, StringComparison.Ordinal);
            Assert.True(IsReadyToRun(installed));
        }
    }

    /// <summary>A ReadyToRun assembly's CLI header points at the native code compiled ahead of time.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void The_manifest_init_writes_restores_the_tool_as_the_workflows_do()
    {
        Pack();
        var archive = Path.Combine(_work.Root, "archive");
        // init from this build, in process: the manifest pins the version that was just packed.
        Assert.Equal(0, Cli.CliRunner.Run("init", archive).ExitCode);

        var restore = Dotnet(archive, "tool", "restore", "--add-source", Packages);
        Assert.Contains("papersite.cli", restore.Output, StringComparison.OrdinalIgnoreCase);
        var check = Dotnet(archive, "tool", "run", "papersite", "check", "--format", "github", "--strict");

        Assert.Equal("Checked 1 papers: 0 errors, 0 warnings.\n", check.Output.ReplaceLineEndings("\n"));
    }

    private void Pack() =>
        Dotnet(RepositoryPaths.Root, "pack", Path.Combine("src", "PaperSite.Cli"), "-c", "Release", "-o", Packages, "-v", "q");

    private ExternalTool.Outcome Dotnet(string folder, params string[] args) => Run("dotnet", folder, args);

    private ExternalTool.Outcome Run(string program, string folder, params string[] args)
    {
        var outcome = ExternalTool.Run(program, args, Patience, workingDirectory: folder, environment: Environment);
        Assert.True(outcome.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {outcome.ExitCode}:\n{outcome.Output}\n{outcome.Error}");
        return outcome;
    }

    public void Dispose() => _work.Dispose();
}
