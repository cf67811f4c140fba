using PaperSite.Cli;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Archive;

/// <summary>
/// The workflows of this repository and of the archives <c>papersite init</c> creates: every papersite
/// command they run parses with the real command line, the pull-request check is strict, the Pages build
/// takes configure-pages' address, and GitHub's workflow schema accepts every file.
/// </summary>
public sealed class WorkflowTests : IDisposable
{
    private readonly TestSite _initialised = TestSite.Create("", withDefaultSettings: false);

    public WorkflowTests()
    {
        var outcome = CliRunner.Run("init", _initialised.Root);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
    }

    public static TheoryData<string> Workflows => new() { "repository", "init" };

    private string Folder(string which) => Path.Combine(which == "init" ? _initialised.Root : RepositoryPaths.Root, ".github", "workflows");

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_papersite_command_a_workflow_runs_parses_with_the_real_command_line(string which)
    {
        var commands = Directory.GetFiles(Folder(which), "*.yml").SelectMany(WorkflowFiles.PapersiteCommands).ToList();

        Assert.Equal(2, commands.Count);
        foreach (var args in commands)
        {
            var parse = PaperSiteCommand.Create(TextWriter.Null, TextWriter.Null).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"papersite {string.Join(' ', args)}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            Assert.NotEqual("papersite", parse.CommandResult.Command.Name);
        }
    }

    [Fact]
    public void A_command_the_program_does_not_have_fails_the_same_parse()
    {
        // What the test above relies on: a misspelt verb or option is a parse error, not silently accepted.
        Assert.NotEmpty(PaperSiteCommand.Create(TextWriter.Null, TextWriter.Null).Parse(["check", "--strikt"]).Errors);
        Assert.NotEmpty(PaperSiteCommand.Create(TextWriter.Null, TextWriter.Null).Parse(["chek"]).Errors);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Pull_requests_are_checked_strictly_with_annotations(string which)
    {
        var commands = WorkflowFiles.PapersiteCommands(Path.Combine(Folder(which), "check-records.yml"));

        Assert.Equal([["check", "--format", "github", "--strict"]], commands);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Pushes_to_main_build_at_the_address_pages_gives_and_deploy(string which)
    {
        var file = Path.Combine(Folder(which), "pages.yml");
        var steps = WorkflowFiles.Steps(file);

        Assert.Equal([["build", "--format", "github", "--base-url", "https://owner.github.io/archive"]], WorkflowFiles.PapersiteCommands(file));
        var uses = steps.Select(s => s.Uses?.Split('@')[0]).OfType<string>().ToList();
        // The build cache step (actions/cache) may stand anywhere before the build; the rest come in this order.
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"], uses.Where(u => u != "actions/cache"));
        Assert.Contains("push:\n    branches: [main]", File.ReadAllText(file).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_pages_build_keeps_its_build_cache_between_runs(string which)
    {
        var file = Path.Combine(Folder(which), "pages.yml");
        var steps = WorkflowFiles.Steps(file);

        var cache = steps.ToList().FindIndex(s => s.Uses?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var build = steps.ToList().FindIndex(s => s.Run?.Contains(" build ", StringComparison.Ordinal) == true);
        Assert.InRange(cache, 0, build - 1);
        // The build cache and the last site (without it every page is rendered again), saved under a key that ends
        // with the run so each run saves its own.
        Assert.Matches(@"path: \|\n\s+\.papersite-cache\n\s+output\n\s+key: papersite-\$\{\{ [^\n]+ \}\}-\$\{\{ github\.run_id \}\}\n", File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void GitHubs_workflow_schema_accepts_every_file(string which)
    {
        var validator = ExternalTool.Require(Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", ".bin", "action-validator"), "run 'npm ci' in tests/tools");
        foreach (var file in Directory.GetFiles(Folder(which), "*.yml"))
        {
            var outcome = ExternalTool.Run(validator, [file], TimeSpan.FromMinutes(1));
            Assert.True(outcome.ExitCode == 0, $"{file}:\n{outcome.Output}{outcome.Error}");
        }
    }

    [Fact]
    public void The_schema_check_can_fail()
    {
        using var site = TestSite.Create("-- bad.yml --\nname: x\non:\n  pushh:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n", withDefaultSettings: false);
        var validator = Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", ".bin", "action-validator");

        Assert.NotEqual(0, ExternalTool.Run(validator, [Path.Combine(site.Root, "bad.yml")], TimeSpan.FromMinutes(1)).ExitCode);
    }

    public void Dispose() => _initialised.Dispose();
}
