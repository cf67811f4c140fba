using PaperSite.Testing;

namespace PaperSite.Tests.Cli;

public sealed class CommandLineTests
{
    private const string Bad = """
        -- input/papers/2025/10/x.yaml --
        title: T
        date: 2025-02-30
        abstract: A.
        tittle: again
        """;

    [Fact]
    public void Build_exits_zero_and_says_what_it_wrote()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");

        var outcome = CliRunner.Run("build", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches("^(build cache: [^\n]+\n)+Built 1 papers into [0-9]+ files \\([0-9]+ K?B\\) in .+output \\([0-9.]+ s\\)\\.\n$", outcome.Output.ReplaceLineEndings("\n"));
        Assert.StartsWith("build cache: none yet (.papersite-cache/ is made now); this is a full build.\n", outcome.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("", outcome.Error);
    }

    [Fact]
    public void Build_with_nothing_changed_says_the_output_was_kept()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");
        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root).ExitCode);

        var outcome = CliRunner.Run("build", "--root", site.Root);
        var uncached = CliRunner.Run("build", "--root", site.Root, "--no-cache");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("build cache: nothing changed since the last build; output is kept as it is.\n", outcome.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches("^Built 1 papers into [0-9]+ files \\([0-9]+ K?B\\) in .+output \\([0-9.]+ s\\)\\.\n$", uncached.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Build_with_bad_records_exits_one_and_prints_every_problem_on_stderr()
    {
        using var site = TestSite.Create(Bad);

        var outcome = CliRunner.Run("build", "--root", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            """
            input/papers/2025/10/x.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.
            input/papers/2025/10/x.yaml(4,1): error PS0102: 'tittle' is not a known key; did you mean 'title'?
            Build failed: 2 errors, 0 warnings. Nothing was written.

            """, outcome.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Check_prints_github_annotations_when_asked()
    {
        using var site = TestSite.Create(Bad);

        var outcome = CliRunner.Run("check", "--root", site.Root, "--format", "github");

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("::error file=input/papers/2025/10/x.yaml,line=2,col=7,title=PS0103::'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.", lines[0]);
        Assert.Equal("::error file=input/papers/2025/10/x.yaml,line=4,col=1,title=PS0102::'tittle' is not a known key; did you mean 'title'?", lines[1]);
    }

    [Fact]
    public void Check_writes_nothing_and_exits_zero_on_a_good_archive()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");

        var outcome = CliRunner.Run("check", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("Checked 1 papers: 0 errors, 0 warnings.\n", outcome.Output.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failure()
    {
        using var site = TestSite.Create("");

        Assert.Equal(0, CliRunner.Run("check", "--root", site.Root).ExitCode);
        Assert.Equal(1, CliRunner.Run("check", "--root", site.Root, "--strict").ExitCode);
    }

    [Fact]
    public void Unknown_format_is_refused_by_the_parser()
    {
        using var site = TestSite.Create("");

        var outcome = CliRunner.Run("check", "--root", site.Root, "--format", "xml");

        Assert.NotEqual(0, outcome.ExitCode);
    }

    [Fact]
    public void New_creates_a_valid_record_in_the_dated_folder_and_prints_its_path()
    {
        using var site = TestSite.Create("");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "Attention: Is \"All\" You Need?", "--date", "2025-10-10", "--arxiv", "2510.08521v2", "--tags", "LLM, attention");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("input/papers/2025/10/2510.08521.yaml\n", outcome.Output.ReplaceLineEndings("\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("<h1>Attention: Is &quot;All&quot; You Need?</h1>", site.Output("papers/2510.08521/index.html"));
        Assert.True(site.OutputExists("tags/attention/index.html"));
    }

    [Fact]
    public void New_never_overwrites_and_never_reuses_an_id()
    {
        using var site = TestSite.Create("-- input/papers/old/my-paper.yaml --\ntitle: Mine\ndate: 2024-01-01\nabstract: Kept.\n");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "My Paper", "--date", "2025-10-10");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("error: the id 'my-paper' is already used by input/papers/old/my-paper.yaml.\n", outcome.Error.ReplaceLineEndings("\n"));
        Assert.Equal("title: Mine\ndate: 2024-01-01\nabstract: Kept.\n", File.ReadAllText(Path.Combine(site.Root, "input/papers/old/my-paper.yaml")));
    }

    [Fact]
    public void New_reads_existing_ids_as_yaml_does()
    {
        using var site = TestSite.Create("-- input/papers/x.yaml --\nid: \"taken\"   # chosen by hand\ntitle: Mine\ndate: 2024-01-01\nabstract: Kept.\n");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "Taken", "--date", "2025-10-10");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("error: the id 'taken' is already used by input/papers/x.yaml.\n", outcome.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void New_refuses_an_arxiv_paper_the_archive_already_has_under_another_id()
    {
        using var site = TestSite.Create("-- input/papers/attention.yaml --\ntitle: Attention\ndate: 2024-01-01\nabstract: Kept.\narxiv: 2510.08521v1\n");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "Attention again", "--date", "2025-10-10", "--arxiv", "2510.08521v2");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("error: this paper is already in the archive as input/papers/attention.yaml.\n", outcome.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(site.Root, "input/papers/2025/10/2510.08521.yaml")));
    }

    [Fact]
    public void New_refuses_an_impossible_date()
    {
        using var site = TestSite.Create("");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "T", "--date", "2025-02-30");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--date must be a real date as yyyy-MM-dd, got '2025-02-30'.", outcome.Error);
    }
}
