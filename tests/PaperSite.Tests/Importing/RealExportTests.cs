using AngleSharp.Html.Parser;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Importing;

/// <summary>
/// What real exports (arXiv, DBLP, Google Scholar, Zotero, Mendeley, biblatex) hold and the first importer
/// got wrong, each in a small file of the same shape; every imported archive must then check and build.
/// </summary>
public sealed class RealExportTests
{
    private static CliRunner.Outcome Import(TestSite site, string file, params string[] options) =>
        CliRunner.Run(["import", "--root", site.Root, "--date", "2025-10-12", .. options, Path.Combine(site.Root, file)]);

    private static void AssertChecksAndBuilds(TestSite site)
    {
        var check = site.Check();
        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
        var build = site.Build();
        Assert.True(build.Succeeded, DiagnosticText.Of(build.Diagnostics));
    }

    [Fact]
    public void Two_papers_whose_titles_share_a_long_prefix_are_both_imported()
    {
        using var site = TestSite.Create("");
        site.Write("dblp.bib", """
            @proceedings{DBLP:conf/emnlp/2020,
              title     = {Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing, {EMNLP} 2020, Online, November 16-20, 2020},
              year      = {2020},
            }
            @proceedings{DBLP:conf/emnlp/2020d,
              title     = {Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations, {EMNLP} 2020 - Demos},
              year      = {2020},
            }
            """);

        var outcome = Import(site, "dblp.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            input/papers/2025/10/proceedings-of-the-2020-conference-on-empirical-methods-in-n.yaml
            input/papers/2025/10/proceedings-of-the-2020-conference-on-empirical-methods-in-n-2.yaml
            imported 2, skipped 0 already present

            """, outcome.Output.ReplaceLineEndings("\n"));
        AssertChecksAndBuilds(site);
        Assert.Equal(0, Import(site, "dblp.bib").ExitCode);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(site.Root, "input", "papers"), "*.yaml", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void An_abstract_shows_exactly_as_written_with_its_math_rendered()
    {
        using var site = TestSite.Create("");
        site.Write("arxiv.bib", """
            @misc{krizhevsky2025,
              title = {Fast Search},
              abstract = {We are ~3x faster than A* search and IDA* search, for x^2 and y^2 in snake_case_names
                and [brackets] with <tags> & #hashes, costing \$5. Code: http://www.cs.toronto.edu/~kriz/code.
                See \url{https://example.org/a~b--c} and \cite{foo}; the bound is $O(n^2 \log n)$.},
              eprint = {2501.00001},
              archivePrefix = {arXiv},
            }
            """);

        var outcome = Import(site, "arxiv.bib");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        AssertChecksAndBuilds(site);
        var page = new HtmlParser().ParseDocument(site.Output("papers/2501.00001/index.html"));
        var shown = page.QuerySelector(".abstract")!;
        Assert.NotNull(shown.QuerySelector("math"));
        shown.QuerySelector("math")!.Replace(page.CreateTextNode("MATH"));
        Assert.Equal(
            "We are ~3x faster than A* search and IDA* search, for x^2 and y^2 in snake_case_names and [brackets] with <tags> & #hashes, costing $5. " +
            "Code: http://www.cs.toronto.edu/~kriz/code. See https://example.org/a~b--c and \\cite{foo}; the bound is MATH.",
            shown.TextContent.Trim());
        Assert.Contains(shown.QuerySelectorAll("a"), a => a.GetAttribute("href") == "http://www.cs.toronto.edu/%7Ekriz/code" && a.TextContent == "http://www.cs.toronto.edu/~kriz/code");
    }

    [Fact]
    public void Undefined_string_names_are_one_warning_per_entry_and_the_entry_is_imported()
    {
        using var site = TestSite.Create("");
        site.Write("scholar.bib", """
            @inproceedings{pearl1991,
              title = {Probabilistic Reasoning},
              booktitle = IJCAI91,
              month = September,
              year = 1991,
            }
            """);

        var outcome = Import(site, "scholar.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(
            "scholar.bib(3,15): warning PS0509: @inproceedings{pearl1991} uses names that no @string defines: IJCAI91 (line 3), September (line 4); each was read as its own text. Add the @string definitions to read them as meant.",
            outcome.Error, StringComparison.Ordinal);
        Assert.Contains("input/papers/2025/10/probabilistic-reasoning.yaml", outcome.Output, StringComparison.Ordinal);
        AssertChecksAndBuilds(site);
    }

    [Fact]
    public void Biblatex_sets_and_xdata_are_skipped_and_crossref_is_followed()
    {
        using var site = TestSite.Create("");
        site.Write("biblatex.bib", """
            @xdata{acl2020, publisher = {ACL}}
            @set{both, entryset = {main,demo}}
            @proceedings{emnlp2020,
              title = {Proceedings of EMNLP 2020},
              year = {2020}, month = {11}, day = {16},
            }
            @inproceedings{main,
              title = {A Paper in the Proceedings},
              crossref = {emnlp2020},
            }
            """);

        var outcome = Import(site, "biblatex.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("input/papers/2025/10/a-paper-in-the-proceedings.yaml\nimported 1, skipped 0 already present\n", outcome.Output.ReplaceLineEndings("\n"));
        Assert.Contains("published: 2020-11-16\n", File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/a-paper-in-the-proceedings.yaml")), StringComparison.Ordinal);
        AssertChecksAndBuilds(site);
    }

    [Fact]
    public void A_keyless_entry_is_imported_and_repeated_keywords_are_merged_with_a_warning()
    {
        using var site = TestSite.Create("");
        site.Write("mendeley.bib", """
            @article{,
              title = {Keyless Paper},
              keywords = {graphs},
              keywords = {learning},
            }
            """);

        var outcome = Import(site, "mendeley.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("mendeley.bib(4,3): warning PS0510: @article{} (line 1) has 'keywords' more than once; all of them were read as its keywords.", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("tags: [\"graphs\", \"learning\"]", File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/keyless-paper.yaml")), StringComparison.Ordinal);
        AssertChecksAndBuilds(site);
    }

    [Fact]
    public void And_others_sets_the_author_count_above_the_names_and_the_page_says_et_al()
    {
        using var site = TestSite.Create("");
        site.Write("scholar.bib", """
            @article{many, title = {Many Hands}, author = {Ada Lovelace and Alan Turing and others}}
            """);

        var outcome = Import(site, "scholar.bib");

        Assert.Equal(0, outcome.ExitCode);
        var record = File.ReadAllText(Path.Combine(site.Root, "input/papers/2025/10/many-hands.yaml"));
        Assert.Contains("authors:\n  - \"Ada Lovelace\"\n  - \"Alan Turing\"\nauthor_count: 3\n", record.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        AssertChecksAndBuilds(site);
        Assert.Contains("<p class=\"more-authors\">et al.</p>", site.Output("papers/many-hands/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hundreds_of_identical_warnings_are_one_line_with_a_count_and_verbose_lists_them_all()
    {
        using var site = TestSite.Create("");
        site.Write("many.bib", string.Concat(Enumerable.Range(1, 300).Select(n => $"@misc{{p{n}, title = {{Paper number {n}}}}}\n")));

        var outcome = Import(site, "many.bib");
        using var again = TestSite.Create("");
        again.Write("many.bib", File.ReadAllText(Path.Combine(site.Root, "many.bib")));
        var verbose = Import(again, "many.bib", "--verbose");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal($"{site.Root}/many.bib(1,1): warning PS0505: @misc{{p1}} has no abstract; its title was written as the abstract: replace it in the record.", lines[0]);
        Assert.Equal("warning PS0505: 297 more warnings like the ones above; run with --verbose to list every one.", lines[3]);
        Assert.Equal(300, verbose.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n').Length);
        Assert.Contains("imported 300, skipped 0 already present", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_published_lists_each_paper_under_its_own_day_and_places_its_file_by_it()
    {
        using var site = TestSite.Create("");
        site.Write("old.bib", """
            @article{old, title = {An Old Paper}, date = {2016-12-02}}
            @article{undated, title = {An Undated Paper}, year = {2017}}
            """);

        var outcome = CliRunner.Run("import", "--root", site.Root, "--date", "published", Path.Combine(site.Root, "old.bib"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("input/papers/2016/12/an-old-paper.yaml\n", outcome.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Contains($"old.bib(2,1): warning PS0511: @article{{undated}} gives no whole publication date; it is listed under the import day, {today:yyyy-MM-dd}.", outcome.Error, StringComparison.Ordinal);
        var record = File.ReadAllText(Path.Combine(site.Root, "input/papers/2016/12/an-old-paper.yaml"));
        Assert.Contains("date: 2016-12-02\n", record, StringComparison.Ordinal);
        Assert.Contains("published: 2016-12-02\n", record, StringComparison.Ordinal);
        AssertChecksAndBuilds(site);
        Assert.True(site.OutputExists("days/2016-12-02/index.html"));
    }
}
