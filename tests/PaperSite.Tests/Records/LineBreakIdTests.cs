using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Testing;

namespace PaperSite.Tests.Records;

/// <summary>
/// In .NET, a pattern's '$' also matches before a final line break, so "^[a-z]+$" accepts "a\n". An id
/// becomes a folder name and a feed guid, so every validator must look at the whole text.
/// </summary>
public sealed class LineBreakIdTests
{
    [Theory]
    [InlineData("a\n")]
    [InlineData("2510.08521\n")]
    [InlineData("hep-th/9901001\n")]
    [InlineData("10.48550/arXiv.2510.08521\n")]
    [InlineData("0000-0002-1825-0097\n")]
    [InlineData("https://example.org/\n")]
    public void A_value_ending_in_a_line_break_is_no_identifier_of_any_kind(string value)
    {
        Assert.False(Identifiers.IsPaperId(value), "paper id");
        Assert.False(Identifiers.IsArxivId(value), "arXiv id");
        Assert.False(Identifiers.IsDoi(value), "DOI");
        Assert.False(Identifiers.IsOrcid(value), "ORCID iD");
        Assert.False(Identifiers.IsWebUrl(value), "URL");
    }

    [Fact]
    public void A_record_whose_file_name_ends_in_a_line_break_is_refused_and_writes_no_folder()
    {
        using var site = TestSite.Create("""
            -- input/papers/b.yaml --
            title: B
            date: 2025-10-10
            abstract: Text.
            """);
        site.Write("input/papers/a\n.yaml", "title: A\ndate: 2025-10-10\nabstract: Text.\n");

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InvalidId, error.Code);
        Assert.StartsWith("input/papers/a\\u000A.yaml: error PS0104: the file name", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.OutputFolder, "papers", "a\n")));
    }
}
