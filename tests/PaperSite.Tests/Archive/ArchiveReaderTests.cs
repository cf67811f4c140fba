using PaperSite.Importing;
using PaperSite.Pipeline;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Archive;

/// <summary>build, check, new and import read the archive with one reader: one link policy, one size cap, the same problems.</summary>
public sealed class ArchiveReaderTests
{
    private const string Archive = """
        -- input/papers/2025/10/good.yaml --
        title: Good
        date: 2025-10-10
        abstract: A.
        arxiv: 2510.00001
        -- input/papers/2025/10/broken.yaml --
        title: Broken
        date: 2025-02-30
        abstract: B.
        arxiv: 2510.00002
        """;

    [Fact]
    public void New_and_import_see_the_problems_check_reports()
    {
        using var site = TestSite.Create(Archive);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input", "papers", "linked.yaml"), Path.Combine(site.Root, "input", "papers", "2025", "10", "good.yaml"));

        var known = KnownPapers.Read(new SiteSources(site.Root));
        var check = site.Check();

        Assert.Equal(DiagnosticText.Of(check.Diagnostics), DiagnosticText.Of(known.Problems));
        Assert.Contains("PS0009", DiagnosticText.Of(known.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_errors_still_names_its_paper_and_new_says_the_archive_has_errors()
    {
        using var site = TestSite.Create(Archive);

        var taken = CliRunner.Run("new", "--root", site.Root, "--title", "Again", "--arxiv", "2510.00002v2");
        var created = CliRunner.Run("new", "--root", site.Root, "--title", "Other", "--date", "2025-10-11");

        Assert.Equal(1, taken.ExitCode);
        Assert.Equal("error: this paper is already in the archive as input/papers/2025/10/broken.yaml.\n", taken.Error.ReplaceLineEndings("\n"));
        Assert.Equal(0, created.ExitCode);
        Assert.Equal("note: the archive already has 1 error in other records; papersite check lists them.\n", created.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_record_over_the_size_cap_is_not_read_by_import_either()
    {
        using var site = TestSite.Create("");
        site.Write("input/papers/huge.yaml", "title: Huge\ndate: 2025-10-10\narxiv: 2510.00003\nabstract: " + new string('x', 5 * 1024 * 1024) + "\n");

        var known = KnownPapers.Read(new SiteSources(site.Root));

        Assert.Equal("input/papers/huge.yaml: error PS0007: the file is 5120 KiB; records may be at most 4 MiB.", DiagnosticText.Of(known.Problems));
    }
}
