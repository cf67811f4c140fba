using PaperSite.Diagnostics;
using PaperSite.Testing;

namespace PaperSite.Tests.Archive;

public sealed class DiagnosticMeaningsTests
{
    [Fact]
    public void Every_code_has_a_meaning_and_no_two_codes_share_a_number()
    {
        Assert.All(DiagnosticMeanings.AllCodes, code => Assert.False(string.IsNullOrWhiteSpace(DiagnosticMeanings.Of(code)), $"{code} has no meaning in DiagnosticMeanings"));
        Assert.Equal(DiagnosticMeanings.AllCodes.Length, DiagnosticMeanings.AllCodes.Distinct().Count());
    }

    [Fact]
    public void The_cli_documentation_shows_the_table_made_from_the_codes()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "CLI.md")).ReplaceLineEndings("\n");

        Assert.Contains(DiagnosticMeanings.MarkdownTable(), docs, StringComparison.Ordinal);
    }
}
