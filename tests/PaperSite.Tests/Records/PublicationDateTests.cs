using AngleSharp.Html.Parser;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Records;

/// <summary>
/// <c>published</c> keeps a paper's own date as precisely as its source knows it: a whole day, a month or a year.
/// An old paper's BibTeX entry often gives only a year, and the page, its citation tags and its BibTeX say that year.
/// </summary>
public sealed class PublicationDateTests
{
    private static TestSite SiteWithPublished(string published) => TestSite.Create($"""
        -- input/papers/2025/10/x.yaml --
        title: An Old Paper
        date: 2025-10-09
        abstract: A.
        authors: [Ada Lovelace]
        published: {published}
        """);

    [Theory]
    [InlineData("2017", "2017", "2017", "2017")]
    [InlineData("2017-03", "2017-03", "Mar 2017", "2017/03")]
    [InlineData("2017-03-14", "2017-03-14", "Mar 14, 2017", "2017/03/14")]
    [InlineData("'2017'", "2017", "2017", "2017")]
    public void A_day_a_month_or_a_year_is_shown_at_the_precision_given(string written, string iso, string text, string scholar)
    {
        using var site = SiteWithPublished(written);
        site.Build(strict: true);

        var page = new HtmlParser().ParseDocument(site.Output("papers/x/index.html"));
        var time = page.QuerySelector(".provenance time")!;
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal(text, time.TextContent);
        Assert.Equal(scholar, page.QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content"));
        Assert.Contains("year = {2017},", page.QuerySelector(".bibtex")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017", "2017")]
    [InlineData("2017-03", "2017-03")]
    public void A_theme_that_writes_json_ld_gets_the_same_precision(string written, string iso)
    {
        using var site = SiteWithPublished(written);
        site.Write("theme/templates/partials/paper-head.html", "<script type=\"application/ld+json\">{{ json_ld }}</script>\n");
        site.Build(strict: true);

        var page = new HtmlParser().ParseDocument(site.Output("papers/x/index.html"));
        Assert.Contains($"\"datePublished\":\"{iso}\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-13", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got '2017-13'.")]
    [InlineData("2017-02-30", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got '2017-02-30'.")]
    [InlineData("2016-12-2", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got '2016-12-2'.")]
    [InlineData("2016-1-20", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-01-20), or yyyy-MM or yyyy when that is all the source gives, got '2016-1-20'.")]
    [InlineData("17", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got '17'.")]
    [InlineData("0000", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got '0000'.")]
    [InlineData("March 2017", "'published' must be a real date as yyyy-MM-dd (e.g. 2016-12-02), or yyyy-MM or yyyy when that is all the source gives, got 'March 2017'.")]
    public void A_date_that_is_none_of_the_three_is_refused_at_the_value(string written, string message)
    {
        using var site = SiteWithPublished(written);
        var check = site.Check();

        Assert.False(check.Succeeded);
        Assert.Equal([$"input/papers/2025/10/x.yaml(5,12): error PS0103: {message}"], check.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void The_listing_date_stays_a_whole_day()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/x.yaml --
            title: T
            date: 2025-10
            abstract: A.
            """);

        Assert.Contains(site.Check().Diagnostics, d => d.ToString() == "input/papers/2025/10/x.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-10'.");
    }

    [Fact]
    public void Import_keeps_a_year_only_or_year_and_month_entry_as_published_and_the_record_reads_back()
    {
        using var site = TestSite.Create("");
        site.Write("old.bib", """
            @article{knuth, title = {The Art of Computer Programming}, author = {Knuth, Donald}, year = {1968}}
            @inproceedings{vaswani, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = 2017, month = dec}
            @online{dated, title = {A Dated Paper}, date = {2019-07}}
            """);

        var outcome = CliRunner.Run("import", "--root", site.Root, "--date", "2025-10-12", Path.Combine(site.Root, "old.bib"));

        Assert.Equal(0, outcome.ExitCode);
        var folder = Path.Combine(site.Root, "input/papers/2025/10");
        Assert.Contains("published: 1968\n", File.ReadAllText(Path.Combine(folder, "the-art-of-computer-programming.yaml")), StringComparison.Ordinal);
        Assert.Contains("published: 2017-12\n", File.ReadAllText(Path.Combine(folder, "attention-is-all-you-need.yaml")), StringComparison.Ordinal);
        Assert.Contains("published: 2019-07\n", File.ReadAllText(Path.Combine(folder, "a-dated-paper.yaml")), StringComparison.Ordinal);
        site.Build(strict: false);
        var page = new HtmlParser().ParseDocument(site.Output("papers/the-art-of-computer-programming/index.html"));
        Assert.Equal("1968", page.QuerySelector(".provenance time")!.TextContent);
        Assert.Contains("year = {1968},", page.QuerySelector(".bibtex")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year = {2012a}", "published: 2012\n")]
    [InlineData("year = {1999--2000}", "published: 1999\n")]
    [InlineData("year = {2005--}", "published: 2005\n")]
    [InlineData("year = 2019, month = {mardi}", "published: 2019\n")]
    [InlineData("year = 2019, month = {Sept.}", "published: 2019-09\n")]
    [InlineData("year = 2019, month = {January}", "published: 2019-01\n")]
    [InlineData("year = 2019, month = jun # \"~15\"", "published: 2019-06\n")]
    [InlineData("date = {2019-07-15/2019-07-20}", "published: 2019-07-15\n")]
    [InlineData("date = {2019-07/2019-08}", "published: 2019-07\n")]
    [InlineData("date = {2019-07-15T10:00:00}", "published: 2019-07-15\n")]
    public void Import_reads_the_dates_real_bibliographies_write(string fields, string expected)
    {
        using var site = TestSite.Create("");
        site.Write("real.bib", $"@article{{k, title = {{A Real Entry}}, {fields}}}\n");

        var outcome = CliRunner.Run("import", "--root", site.Root, "--date", "2025-10-12", Path.Combine(site.Root, "real.bib"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(expected, File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/a-real-entry.yaml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year = {In press}", "real.bib(1,44): warning PS0507: 'year' of @article{k} is not a year; published was left out: 'In press'.")]
    [InlineData("date = {forthcoming}", "real.bib(1,44): warning PS0507: 'date' of @article{k} is not a date as yyyy-MM-dd, yyyy-MM or yyyy; published was left out: 'forthcoming'.")]
    public void A_year_that_is_no_year_is_a_warning_not_a_silent_loss(string fields, string warning)
    {
        using var site = TestSite.Create("");
        site.Write("real.bib", $"@article{{k, title = {{A Real Entry}}, {fields}}}\n");

        var outcome = CliRunner.Run("import", "--root", site.Root, "--date", "2025-10-12", Path.Combine(site.Root, "real.bib"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(warning, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("published:", File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/a-real-entry.yaml")), StringComparison.Ordinal);
    }
}
