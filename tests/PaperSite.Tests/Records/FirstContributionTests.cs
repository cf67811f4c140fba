using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Records;

/// <summary>The mistakes a first-time contributor makes, each with the message that tells them what to write.</summary>
public sealed class FirstContributionTests
{
    [Fact]
    public void The_placeholder_abstract_new_writes_warns_and_fails_a_strict_check()
    {
        using var site = TestSite.Create("");
        Assert.Equal(0, CliRunner.Run("new", "--root", site.Root, "--title", "A Paper", "--date", "2025-10-10").ExitCode);

        var result = site.Check();
        var strict = site.Check(strict: true);

        Assert.True(result.Succeeded);
        Assert.Equal(
            "input/papers/2025/10/a-paper.yaml(3,11): warning PS0124: 'abstract' is still the placeholder 'papersite new' writes; replace it with the paper's abstract.",
            DiagnosticText.Of(result.Diagnostics));
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void Authors_written_as_one_comma_separated_string_warn()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            authors: A. One, B. Two, C. Three
            """);

        var result = site.Check();

        Assert.Equal(
            "input/papers/a.yaml(4,10): warning PS0125: 'authors' is one text with commas, so it is read as one author ('A. One, B. Two, C. Three'); write a list, one name a line: '- A. One'.",
            DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void An_unquoted_abstract_with_a_colon_says_to_use_a_block_or_quotes()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: We show: it works.
            """);

        var result = site.Check();

        Assert.Equal(
            "input/papers/a.yaml(3,18): error PS0001: this is not valid YAML: while scanning a plain scalar value, found invalid mapping. " +
            "A value with ': ' in it must be quoted (\"...\") or written as a block: put 'abstract: |' and the text on the lines below, indented.",
            DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void A_date_without_leading_zeros_shows_how_to_write_it()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2016-12-2
            abstract: Text.
            """);

        var result = site.Check();

        Assert.Equal("input/papers/a.yaml(2,7): error PS0103: 'date' must be written yyyy-MM-dd, e.g. 2016-12-02, got '2016-12-2'.", DiagnosticText.Of(result.Diagnostics));
    }

    [Theory]
    [InlineData("arXiv:1612.00796", "1612.00796")]
    [InlineData("https://arxiv.org/abs/1612.00796v2", "1612.00796v2")]
    [InlineData("http://arxiv.org/pdf/1612.00796.pdf", "1612.00796")]
    [InlineData("arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    public void A_pasted_arxiv_id_in_a_record_is_read_as_the_bare_id_with_a_warning(string written, string bare)
    {
        using var site = TestSite.Create($"""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            arxiv: "{written}"
            """);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal($"input/papers/a.yaml(4,8): warning PS0126: 'arxiv' was read as {bare}; write the bare id, 'arxiv: {bare}', rather than '{written}'.", DiagnosticText.Of(result.Diagnostics));
        Assert.Contains($"https://arxiv.org/abs/{bare}", site.Output("papers/a/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arXiv:1612.00796")]
    [InlineData("https://arxiv.org/abs/1612.00796v1")]
    public void New_accepts_a_pasted_arxiv_id_and_says_what_it_read(string pasted)
    {
        using var site = TestSite.Create("");

        var outcome = CliRunner.Run("new", "--root", site.Root, "--title", "T", "--date", "2025-10-10", "--arxiv", pasted);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("input/papers/2025/10/1612.00796.yaml\n", outcome.Output.ReplaceLineEndings("\n"));
        Assert.StartsWith($"warning: --arxiv '{pasted}' was read as the arXiv id 1612.00796", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("arxiv: \"1612.00796", File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/1612.00796.yaml")), StringComparison.Ordinal);
    }
}
