using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Records;

public sealed class CrossRecordTests
{
    private static BuildResult Check(TestSite site, DateOnly? today = null) =>
        SiteBuilder.Check(new BuildOptions { Root = site.Root, Today = today ?? new DateOnly(2025, 10, 20) });

    [Fact]
    public void The_same_arxiv_paper_in_two_records_is_an_error_naming_both_whatever_the_version()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: First
            date: 2025-01-02
            abstract: A.
            arxiv: 2501.00001
            -- input/papers/b/b.yaml --
            title: Second
            date: 2025-01-03
            abstract: B.
            arxiv: 2501.00001v2
            """);

        var result = Check(site);

        Assert.False(result.Succeeded);
        Assert.Equal(
            """
            input/papers/a.yaml: error PS0121: 'arxiv' makes this the same arXiv paper (2501.00001) as input/papers/b/b.yaml; keep one record per paper.
            input/papers/b/b.yaml: error PS0121: 'arxiv' makes this the same arXiv paper (2501.00001) as input/papers/a.yaml; keep one record per paper.
            """, DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void An_arxiv_doi_counts_as_its_arxiv_id_and_is_reported_once()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: First
            date: 2025-01-02
            abstract: A.
            arxiv: 2501.00001
            doi: 10.48550/arXiv.2501.00001
            -- input/papers/b.yaml --
            title: Second
            date: 2025-01-03
            abstract: B.
            doi: 10.48550/ARXIV.2501.00001
            """);

        var result = Check(site);

        Assert.Equal(
            """
            input/papers/a.yaml: error PS0121: 'arxiv' makes this the same arXiv paper (2501.00001) as input/papers/b.yaml; keep one record per paper.
            input/papers/b.yaml: error PS0121: 'doi' makes this the same arXiv paper (2501.00001) as input/papers/a.yaml; keep one record per paper.
            """, DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void The_same_doi_in_another_case_is_an_error_naming_both()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: First
            date: 2025-01-02
            abstract: A.
            doi: 10.1145/3292500.ABC
            -- input/papers/b.yaml --
            title: Second
            date: 2025-01-03
            abstract: B.
            doi: 10.1145/3292500.abc
            """);

        var result = Check(site);

        Assert.Equal(
            """
            input/papers/a.yaml: error PS0121: 'doi' makes this the same DOI (10.1145/3292500.abc) as input/papers/b.yaml; keep one record per paper.
            input/papers/b.yaml: error PS0121: 'doi' makes this the same DOI (10.1145/3292500.abc) as input/papers/a.yaml; keep one record per paper.
            """, DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void Near_identical_titles_are_a_warning_naming_both()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: "Attention Is All You Need"
            date: 2025-01-02
            abstract: A.
            -- input/papers/b.yaml --
            title: "attention is all you need!"
            date: 2025-01-03
            abstract: B.
            -- input/papers/c.yaml --
            title: "Attention Is Not All You Need"
            date: 2025-01-03
            abstract: C.
            """);

        var result = Check(site);

        Assert.True(result.Succeeded);
        Assert.Equal(
            """
            input/papers/b.yaml: warning PS0122: 'title' is nearly the same as that of input/papers/a.yaml ("Attention Is All You Need"); if it is the same paper, keep one record.
            """, DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public void A_listing_date_in_the_future_is_a_warning_with_a_day_of_slack()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: Tomorrow
            date: 2025-10-21
            abstract: A.
            -- input/papers/b.yaml --
            title: Later
            date: 2025-10-22
            abstract: B.
            """);

        var result = Check(site, today: new DateOnly(2025, 10, 20));

        Assert.Equal(
            """
            input/papers/b.yaml: warning PS0123: 'date' 2025-10-22 is in the future (today is 2025-10-20 UTC); list a paper under a day that has come.
            """, DiagnosticText.Of(result.Diagnostics));
        Assert.False(SiteBuilder.Check(new BuildOptions { Root = site.Root, Strict = true, Today = new DateOnly(2025, 10, 20) }).Succeeded);
    }

    [Fact]
    public void The_build_does_not_depend_on_the_day_it_runs()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: Later
            date: 2025-10-22
            abstract: B.
            """);

        var before = SiteBuilder.Build(new BuildOptions { Root = site.Root, Today = new DateOnly(2025, 10, 1) });
        var first = site.Snapshot();
        var after = SiteBuilder.Build(new BuildOptions { Root = site.Root, Today = new DateOnly(2025, 11, 1) });

        Assert.True(before.Succeeded && after.Succeeded);
        Assert.Equal(first, site.Snapshot());
    }
}
