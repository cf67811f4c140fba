using PaperSite.Testing;

namespace PaperSite.Tests.Caching;

/// <summary>
/// A build with the cache gives exactly the site a full build gives, after every kind of change, while
/// rewriting nothing when nothing changed and only the pages that show a record when one changed.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Archive = """
        -- input/papers/2025/10/alpha.yaml --
        title: Alpha
        date: 2025-10-10
        abstract: Alpha studies $x^2$ in *depth*.
        tags: [llm, vision]
        authors: [Ada Lovelace, Alan Turing]
        upvotes: 5
        -- input/papers/2025/10/beta.yaml --
        title: Beta
        date: 2025-10-10
        abstract: Beta is about agents.
        tags: [llm]
        authors: [Ada Lovelace]
        upvotes: 2
        -- input/papers/2025/10/gamma.yaml --
        title: Gamma
        date: 2025-10-03
        abstract: Gamma looks at retrieval.
        tags: [retrieval]
        authors: [Grace Hopper]
        -- input/papers/2025/09/delta.yaml --
        title: Delta
        date: 2025-09-20
        abstract: Delta measures speed.
        tags: [vision, speed]
        authors: [Alan Turing, Grace Hopper]
        -- input/papers/2024/12/epsilon.yaml --
        title: Epsilon
        date: 2024-12-31
        abstract: Epsilon closes the year.
        tags: [speed]
        """;

    private static readonly string[] ChangeNames =
    [
        "add a record",
        "change a record's abstract",
        "move a record to another day",
        "change a record's tags",
        "rename a record",
        "delete a record",
        "change site.yaml",
        "define a math macro the records use",
        "override a template",
        "change an asset",
        "touch a record without changing it",
    ];

    public static TheoryData<string> Changes => new(ChangeNames);

    [Theory]
    [MemberData(nameof(Changes))]
    public void After_each_kind_of_change_the_site_is_byte_for_byte_a_full_builds(string change)
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.Build(site);
        CachedBuild.AssertSameAsFull(site, "the first build");

        Apply(site, change);
        var result = CachedBuild.Build(site);

        CachedBuild.AssertSameAsFull(site, change);
        Assert.DoesNotContain(result.Notes, note => note.Contains("cannot be used", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_change_in_a_row_keeps_the_site_a_full_builds()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.Build(site);
        foreach (var change in ChangeNames)
        {
            Apply(site, change);
            CachedBuild.Build(site);
            CachedBuild.AssertSameAsFull(site, change);
        }
    }

    [Fact]
    public void A_deleted_records_pages_are_gone()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.Build(site);
        Assert.True(site.OutputExists("papers/gamma/index.html"));
        Assert.True(site.OutputExists("tags/retrieval/index.html"));

        File.Delete(Path.Combine(site.Root, "input/papers/2025/10/gamma.yaml"));
        CachedBuild.Build(site);

        Assert.False(site.OutputExists("papers/gamma/index.html"));
        Assert.False(site.OutputExists("tags/retrieval/index.html"));
        Assert.False(site.OutputExists("days/2025-10-03/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.OutputFolder, "papers", "gamma")), "a full build has no empty folder");
        Assert.DoesNotContain("papers/gamma/", site.Output("sitemap.xml"), StringComparison.Ordinal);
        CachedBuild.AssertSameAsFull(site, "deleting gamma");
    }

    [Fact]
    public void A_small_change_is_moved_into_the_output_folder_in_place_leaving_nothing_beside_it()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);
        var folder = CachedBuild.InodeOf(site.OutputFolder);

        site.Write("input/papers/2025/09/delta.yaml", "title: Delta\ndate: 2025-09-20\nabstract: Delta measures throughput.\ntags: [vision, speed]\nauthors: [Alan Turing, Grace Hopper]\n");
        var result = CachedBuild.Build(site);

        Assert.InRange(result.FilesKept, 1, result.FilesWritten - 1);
        Assert.Equal(folder, CachedBuild.InodeOf(site.OutputFolder));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        CachedBuild.AssertSameAsFull(site, "changing delta's abstract");
    }

    [Fact]
    public void An_output_folder_holding_anything_but_the_listed_files_is_replaced_whole_with_the_unchanged_files_linked_in()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);
        site.Write("output/stray.html", "not the site's");
        var folder = CachedBuild.InodeOf(site.OutputFolder);
        var before = CachedBuild.Identities(site.OutputFolder);

        site.Write("input/papers/2025/09/delta.yaml", "title: Delta\ndate: 2025-09-20\nabstract: Delta measures throughput.\ntags: [vision, speed]\nauthors: [Alan Turing, Grace Hopper]\n");
        var result = CachedBuild.Build(site);

        Assert.InRange(result.FilesKept, 1, result.FilesWritten - 1);
        Assert.NotEqual(folder, CachedBuild.InodeOf(site.OutputFolder));
        Assert.False(site.OutputExists("stray.html"));
        Assert.Equal(before["papers/alpha/index.html"], CachedBuild.Identities(site.OutputFolder)["papers/alpha/index.html"]);
        CachedBuild.AssertSameAsFull(site, "changing delta's abstract beside a stray file");
    }

    [Fact]
    public void A_build_with_nothing_changed_rewrites_no_file()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        var first = CachedBuild.Build(site);
        var before = CachedBuild.Identities(site.OutputFolder);
        var folder = CachedBuild.InodeOf(site.OutputFolder);
        var bytes = site.Snapshot();

        var second = CachedBuild.Build(site);

        Assert.Equal(before, CachedBuild.Identities(site.OutputFolder));
        Assert.Equal(folder, CachedBuild.InodeOf(site.OutputFolder));
        Assert.Equal(bytes, site.Snapshot());
        Assert.Equal(first.FilesWritten, second.FilesWritten);
        Assert.Equal(second.FilesWritten, second.FilesKept);
        Assert.Contains(second.Notes, note => note.Contains("nothing changed", StringComparison.Ordinal));
        Assert.Contains("records: 0 parsed, 0 read and found unchanged, 5 unchanged by size and time.", string.Join("\n", second.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_build_that_kept_some_files_and_wrote_others_a_build_with_nothing_changed_rewrites_no_file()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);
        site.Write("input/papers/2025/10/beta.yaml", "title: Beta\ndate: 2025-10-10\nabstract: Beta is about agents, again.\ntags: [llm]\nauthors: [Ada Lovelace]\nupvotes: 2\n");
        CachedBuild.AgeSources(site);
        var changed = CachedBuild.Build(site);
        Assert.InRange(changed.FilesKept, 1, changed.FilesWritten - 1);
        var before = CachedBuild.Identities(site.OutputFolder);

        // The file list the partial build wrote (kept files as listed before, written ones as found) is the folder exactly.
        var unchanged = CachedBuild.Build(site);

        Assert.Contains(unchanged.Notes, note => note.Contains("nothing changed", StringComparison.Ordinal));
        Assert.Equal(unchanged.FilesWritten, unchanged.FilesKept);
        Assert.Equal(before, CachedBuild.Identities(site.OutputFolder));
    }

    [Fact]
    public void Records_written_moments_ago_are_read_again_and_compared_not_trusted_by_their_time()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.Build(site);

        // Same size, and on a coarse clock possibly the same time: only the content tells them apart.
        var path = Path.Combine(site.Root, "input/papers/2025/10/beta.yaml");
        var modified = File.GetLastWriteTimeUtc(path);
        site.Write("input/papers/2025/10/beta.yaml", File.ReadAllText(path).Replace("Beta is", "Bet4 is", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, modified);
        var result = CachedBuild.Build(site);

        Assert.Contains("records: 1 parsed, 4 read and found unchanged, 0 unchanged by size and time.", string.Join("\n", result.Notes), StringComparison.Ordinal);
        Assert.Contains("Bet4 is about agents.", site.Output("papers/beta/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_record_change_rewrites_only_the_pages_that_show_it()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);
        var before = CachedBuild.Identities(site.OutputFolder);
        var bytesBefore = site.Snapshot();

        site.Write("input/papers/2025/09/delta.yaml", "title: Delta\ndate: 2025-09-20\nabstract: Delta measures throughput.\ntags: [vision, speed]\nauthors: [Alan Turing, Grace Hopper]\n");
        var result = CachedBuild.Build(site);
        CachedBuild.AssertSameAsFull(site, "changing delta's abstract");

        var rewritten = CachedBuild.Rewritten(before, CachedBuild.Identities(site.OutputFolder));
        var bytesAfter = site.Snapshot();
        var changed = bytesAfter.Keys.Where(path => !bytesBefore.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytesAfter[path])).ToList();

        // Every file whose bytes changed was rewritten, and every page rewritten shows delta. The search index's
        // files hold words and positions rather than ids: a changed abstract rewrites those its words touch.
        Assert.Empty(changed.Except(rewritten));
        Assert.All(rewritten.Where(path => !path.StartsWith("search/index/", StringComparison.Ordinal)), path => Assert.Contains("delta", System.Text.Encoding.UTF8.GetString(bytesAfter[path]), StringComparison.Ordinal));
        Assert.DoesNotContain(rewritten, path => path.StartsWith("search/index/", StringComparison.Ordinal) && !changed.Contains(path));
        Assert.Contains("papers/delta/index.html", rewritten);
        Assert.Contains("days/2025-09-20/index.html", rewritten);
        Assert.Contains("tags/speed/index.html", rewritten);
        Assert.DoesNotContain("papers/alpha/index.html", rewritten);
        Assert.DoesNotContain("tags/llm/index.html", rewritten);
        Assert.DoesNotContain("sitemap.xml", rewritten);
        Assert.DoesNotContain("assets/style.css", rewritten);
        Assert.Equal(rewritten.Count, result.FilesWritten - result.FilesKept);
        Assert.InRange(rewritten.Count, changed.Count, result.FilesWritten / 2);
        Assert.Contains("records: 1 parsed, 0 read and found unchanged, 4 unchanged by size and time.", string.Join("\n", result.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_record_by_a_known_author_leaves_the_other_papers_pages_as_they_were()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);
        var before = CachedBuild.Identities(site.OutputFolder);

        // The newest paper, in a month of its own: every other paper moves one place down the archive, and Ada Lovelace's page gains a paper.
        site.Write("input/papers/2025/11/zeta.yaml", "title: Zeta\ndate: 2025-11-02\nabstract: Zeta is new.\nauthors: [Ada Lovelace]\n");
        CachedBuild.Build(site);
        CachedBuild.AssertSameAsFull(site, "adding zeta");

        // A paper page shows its authors' names and links, not where the author's other papers are.
        var rewritten = CachedBuild.Rewritten(before, CachedBuild.Identities(site.OutputFolder));
        Assert.Contains("authors/ada-lovelace/index.html", rewritten);
        Assert.DoesNotContain("papers/alpha/index.html", rewritten);
        Assert.DoesNotContain("papers/beta/index.html", rewritten);
        Assert.DoesNotContain("papers/delta/index.html", rewritten);
    }

    [Fact]
    public void A_template_change_renders_every_page_again()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.Build(site);
        var layout = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme/templates/layout.html"));
        site.Write("theme/templates/layout.html", layout.Replace("</body>", "<!-- changed --></body>", StringComparison.Ordinal));

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains(result.Notes, note => note.Contains("the theme changed", StringComparison.Ordinal));
        Assert.Contains("<!-- changed -->", site.Output("papers/alpha/index.html"), StringComparison.Ordinal);
        CachedBuild.AssertSameAsFull(site, "the layout change");
    }

    [Fact]
    public void Warnings_of_cached_records_are_reported_as_a_full_load_reports_them()
    {
        using var site = TestSite.Create(Archive + "\n-- input/papers/2025/10/zeta.yaml --\ntitle: Ze\u200Bta\ndate: 2025-10-11\nabstract: Zeta.\n");
        var full = PaperSite.Pipeline.SiteBuilder.Build(new PaperSite.Pipeline.BuildOptions { Root = site.Root, UseCache = false });
        Assert.NotEmpty(full.Diagnostics);
        CachedBuild.AgeSources(site);

        var first = CachedBuild.Build(site);
        var second = CachedBuild.Build(site);
        var strict = CachedBuild.Build(site, strict: true);

        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(first.Diagnostics));
        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(second.Diagnostics));
        Assert.Contains("6 unchanged by size and time", string.Join("\n", second.Notes), StringComparison.Ordinal);
        Assert.False(strict.Succeeded);
        Assert.Equal(DiagnosticText.Of(full.Diagnostics), DiagnosticText.Of(strict.Diagnostics));
    }

    [Fact]
    public void Builds_into_two_output_folders_keep_one_file_list_each()
    {
        using var site = TestSite.Create(Archive);
        var other = Path.Combine(site.Root, "preview");
        CachedBuild.Build(site);
        Assert.True(site.Build(output: other, baseUrl: "http://127.0.0.1:8080/").Succeeded);

        var again = CachedBuild.Build(site);
        var otherAgain = site.Build(output: other, baseUrl: "http://127.0.0.1:8080/");

        Assert.Equal(again.FilesWritten, again.FilesKept);
        Assert.Equal(otherAgain.FilesWritten, otherAgain.FilesKept);
        Assert.Contains("http://127.0.0.1:8080/papers/alpha/", File.ReadAllText(Path.Combine(other, "sitemap.xml")), StringComparison.Ordinal);
        CachedBuild.AssertSameAsFull(site, "building the preview");
    }

    private static void Apply(TestSite site, string change)
    {
        var papers = Path.Combine(site.Root, "input/papers");
        switch (change)
        {
            case "add a record":
                site.Write("input/papers/2025/10/eta.yaml", "title: Eta\ndate: 2025-10-12\nabstract: Eta is new.\ntags: [llm, new]\nauthors: [Ada Lovelace]\n");
                break;
            case "change a record's abstract":
                site.Write("input/papers/2025/10/beta.yaml", "title: Beta\ndate: 2025-10-10\nabstract: Beta is about tools now.\ntags: [llm]\nauthors: [Ada Lovelace]\nupvotes: 2\n");
                break;
            case "move a record to another day":
                site.Write("input/papers/2025/10/gamma.yaml", "title: Gamma\ndate: 2025-10-04\nabstract: Gamma looks at retrieval.\ntags: [retrieval]\nauthors: [Grace Hopper]\n");
                break;
            case "change a record's tags":
                site.Write("input/papers/2025/09/delta.yaml", "title: Delta\ndate: 2025-09-20\nabstract: Delta measures speed.\ntags: [vision, llm]\nauthors: [Alan Turing, Grace Hopper]\n");
                break;
            case "rename a record":
                File.Move(Path.Combine(papers, "2024/12/epsilon.yaml"), Path.Combine(papers, "2024/12/epsilon-renamed.yaml"));
                break;
            case "delete a record":
                File.Delete(Path.Combine(papers, "2025/10/alpha.yaml"));
                break;
            case "change site.yaml":
                site.Write("input/site.yaml", TestSite.DefaultSettings.Replace("Test Archive", "Renamed Archive", StringComparison.Ordinal) + "\npage_size: 1\n");
                break;
            case "define a math macro the records use":
                // A record parsed before the macro existed shows its formula as source; after, as MathML.
                site.Write("input/papers/2025/10/zeta.yaml", "title: Zeta\ndate: 2025-10-10\nabstract: Zeta moves $\\vx$.\n");
                CachedBuild.Build(site);
                site.Write("input/site.yaml", TestSite.DefaultSettings + "\nmath_macros:\n  vx: \\mathbf{x}\n");
                break;
            case "override a template":
                var paper = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme/templates/paper.html"));
                site.Write("theme/templates/paper.html", "<!-- overridden -->" + paper);
                break;
            case "change an asset":
                var css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme/assets/style.css"));
                site.Write("theme/assets/style.css", css + "\n/* changed */\n");
                break;
            case "touch a record without changing it":
                File.SetLastWriteTimeUtc(Path.Combine(papers, "2025/10/beta.yaml"), DateTime.UtcNow.AddMinutes(1));
                break;
            default:
                throw new ArgumentException(change);
        }
    }
}
