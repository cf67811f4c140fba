using PaperSite.Caching;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Caching;

/// <summary>
/// A build that finds every record unchanged by size and time, with the same settings, theme and day, keeps the site
/// without reading a record: it reports what a full load would report, and whatever it cannot vouch for sends it the
/// long way, to the same site.
/// </summary>
public sealed class UnchangedSiteTests
{
    private const string Archive = """
        -- input/papers/2026/01/alpha.yaml --
        title: Deep Nets, Revisited
        date: 2026-01-02
        abstract: Alpha studies $x^2$.
        tags: [llm]
        authors: [Ada Lovelace]
        -- input/papers/2026/01/beta.yaml --
        title: deep nets revisited
        date: 2026-01-03
        abstract: Beta, under a title close to alpha's.
        tags: [llm, vision]
        authors: [Alan Turing]
        -- input/papers/2026/01/gamma.yaml --
        title: Gamma
        date: 2026-01-20
        abstract: Gamma is dated ahead of the day it is built on.
        tags: [vision]
        """;

    private static readonly DateOnly Today = new(2026, 1, 10);

    [Fact]
    public void A_build_with_nothing_changed_reads_no_paper_and_keeps_every_file()
    {
        using var site = Aged();
        var first = Build(site);
        var before = CachedBuild.Identities(site.OutputFolder);

        // The papers are not needed to keep the site: a build that opened them would say this file cannot be used.
        File.WriteAllText(PapersFile(site), "not a cache");
        var second = Build(site);

        Assert.Equal(before, CachedBuild.Identities(site.OutputFolder));
        Assert.Equal(first.FilesWritten, second.FilesKept);
        Assert.Equal(first.Papers, second.Papers);
        Assert.Contains(second.Stages, stage => stage.Stage == "keep unchanged site");
        Assert.DoesNotContain(second.Stages, stage => stage.Stage == LoadPapers.Stage);
        Assert.DoesNotContain(second.Notes, note => note.Contains(RecordCache.PapersFileName, StringComparison.Ordinal));
        Assert.Contains("build cache: records: 0 parsed, 0 read and found unchanged, 3 unchanged by size and time.", second.Notes);
    }

    [Fact]
    public void A_build_that_reads_no_paper_reports_what_a_full_load_reports()
    {
        using var site = Aged();
        var full = SiteBuilder.Build(new BuildOptions { Root = site.Root, UseCache = false, Today = Today });
        var codes = full.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("PS0122", codes);
        Assert.Contains("PS0123", codes);

        var first = Build(site);
        var second = Build(site);

        Assert.Contains(second.Stages, stage => stage.Stage == "keep unchanged site");
        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(first.Diagnostics));
        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(second.Diagnostics));
        Assert.True(second.Succeeded);
    }

    [Fact]
    public void On_another_day_the_checks_are_run_again_and_the_files_are_still_kept()
    {
        using var site = Aged();
        Build(site);

        var later = new DateOnly(2026, 2, 1);
        var result = Build(site, today: later);

        // Gamma's day has come: its warning is gone, as a full build on that day finds, and no page depends on the day.
        var full = SiteBuilder.Build(new BuildOptions { Root = site.Root, UseCache = false, Today = later, OutputFolder = Path.Combine(site.Root, "full") });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0123");
        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(result.Diagnostics));
        Assert.Contains(result.Stages, stage => stage.Stage == LoadPapers.Stage);
        Assert.Equal(result.FilesWritten, result.FilesKept);
        Assert.Contains(Build(site, today: later).Stages, stage => stage.Stage == "keep unchanged site");
    }

    [Fact]
    public void A_build_that_cannot_keep_the_site_counts_each_record_once()
    {
        using var site = Aged();
        Build(site);

        var result = Build(site, today: new DateOnly(2026, 2, 1));

        Assert.Contains(result.Stages, stage => stage.Stage == LoadPapers.Stage);
        Assert.Contains("build cache: records: 0 parsed, 0 read and found unchanged, 3 unchanged by size and time.", result.Notes);
    }

    [Fact]
    public void A_build_that_cannot_keep_the_site_repairs_a_damaged_papers_file()
    {
        using var site = Aged();
        Build(site);
        File.WriteAllText(PapersFile(site), "not a cache");
        var later = new DateOnly(2026, 2, 1);

        // The checks were saved for another day: the long way, through papers that cannot be used.
        var repairing = Build(site, today: later);
        Assert.Contains(repairing.Notes, note => note.Contains($"{RecordCache.PapersFileName} cannot be used", StringComparison.Ordinal));

        // A record changes: the papers are read again, and they are whole.
        site.Write("input/papers/2026/01/gamma.yaml", "title: Gamma\ndate: 2026-01-08\nabstract: Gamma, changed.\ntags: [vision]\n");
        var next = Build(site, today: later);
        Assert.DoesNotContain(next.Notes, note => note.Contains(RecordCache.PapersFileName, StringComparison.Ordinal));
        Assert.Contains("build cache: records: 1 parsed, 0 read and found unchanged, 2 unchanged by size and time.", next.Notes);
        CachedBuild.AssertSameAsFull(site, "repairing the papers file");
    }

    [Fact]
    public void With_strict_a_build_whose_archive_has_warnings_still_fails_when_nothing_changed()
    {
        using var site = Aged();
        Build(site);
        Build(site);

        var strict = SiteBuilder.Build(new BuildOptions { Root = site.Root, Strict = true, Today = Today });

        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Code == "PS0122");
        Assert.Contains(strict.Diagnostics, d => d.Code == "PS0123");
    }

    [Fact]
    public void Papers_from_another_build_are_not_taken_for_these_records()
    {
        using var site = Aged();
        Build(site);
        var stale = File.ReadAllBytes(PapersFile(site));
        site.Write("input/papers/2026/01/gamma.yaml", "title: Gamma\ndate: 2026-01-08\nabstract: Gamma, changed.\ntags: [vision]\n");
        CachedBuild.AgeSources(site);
        Build(site);

        // The records file now describes the changed gamma; the papers beside it are the build's before.
        File.WriteAllBytes(PapersFile(site), stale);
        site.Write("input/papers/2026/01/alpha.yaml", "title: Deep Nets, Revisited\ndate: 2026-01-02\nabstract: Alpha, changed.\ntags: [llm]\nauthors: [Ada Lovelace]\n");
        var result = Build(site);

        Assert.Contains(result.Notes, note => note.Contains($"{RecordCache.PapersFileName} does not belong with", StringComparison.Ordinal));
        Assert.Contains("Gamma, changed.", site.Output("papers/gamma/index.html"), StringComparison.Ordinal);
        Assert.Contains("Alpha, changed.", site.Output("papers/alpha/index.html"), StringComparison.Ordinal);
        CachedBuild.AssertSameAsFull(site, "papers from another build");
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("emptied")]
    [InlineData("an entry that is not JSON")]
    public void A_damaged_checks_file_sends_the_build_the_long_way_to_the_same_site(string damage)
    {
        using var site = Aged();
        var first = Build(site);
        var checks = Path.Combine(site.Root, BuildCache.FolderName, ArchiveChecks.FileName);
        var bytes = File.ReadAllBytes(checks);
        if (damage == "an entry that is not JSON")
        {
            // Whole, with good checksums and the right key: only decoding the entry finds the damage.
            CacheHeader header;
            using (var reader = new CacheFile.Reader(checks))
            {
                header = reader.Header;
            }

            CacheFile.Write(checks, header with { Count = 1 }, [[(byte)'{']]);
        }
        else
        {
            File.WriteAllBytes(checks, damage == "emptied" ? [] : bytes[..(bytes.Length / 2)]);
        }

        var result = Build(site);

        Assert.Contains(result.Stages, stage => stage.Stage == LoadPapers.Stage);
        Assert.Equal(DiagnosticText.Of(first.Diagnostics), DiagnosticText.Of(result.Diagnostics));
        Assert.Equal(result.FilesWritten, result.FilesKept);
        Assert.Contains(Build(site).Stages, stage => stage.Stage == "keep unchanged site");
    }

    private static TestSite Aged()
    {
        var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        return site;
    }

    private static BuildResult Build(TestSite site, DateOnly? today = null)
    {
        var result = SiteBuilder.Build(new BuildOptions { Root = site.Root, Today = today ?? Today });
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        return result;
    }

    private static string PapersFile(TestSite site) => Path.Combine(site.Root, BuildCache.FolderName, RecordCache.PapersFileName);
}
