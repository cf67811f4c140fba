using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Importing;

public sealed class ImportCommandTests
{
    private static CliRunner.Outcome Import(TestSite site, params string[] files) =>
        CliRunner.Run(["import", "--root", site.Root, "--date", "2025-10-12", .. files.Select(f => Path.Combine(site.Root, f))]);

    private static string Record(TestSite site, string relativePath) =>
        File.ReadAllText(Path.Combine(site.Root, relativePath)).ReplaceLineEndings("\n");

    [Fact]
    public void Arxiv_atom_entries_become_records_listed_under_the_import_day()
    {
        using var site = TestSite.Create("");
        site.Write("arxiv.xml", ImportSamples.ArxivFeed);

        var outcome = Import(site, "arxiv.xml");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            input/papers/2025/10/2510.08521.yaml
            input/papers/2025/10/2510.01234.yaml
            imported 2, skipped 0 already present

            """,
            outcome.Output.ReplaceLineEndings("\n"));
        Assert.Equal(
            """
            title: "Multimodal Policy Internalization for Conversational Agents"
            date: 2025-10-12
            abstract: |
              Modern conversational agents like ChatGPT and Alexa+ rely on predefined policies specifying metadata, response styles, and tool-usage rules.

              We introduce Multimodal Policy Internalization (MPI), a new task that internalizes reasoning-intensive multimodal policies into model parameters.
            arxiv: "2510.08521"
            authors:
              - name: "Zhenhailong Wang"
                affiliation: "University of Illinois Urbana-Champaign"
              - "Heng Ji"
            tags: ["cs.CL", "cs.AI"]
            published: 2025-10-09

            """,
            Record(site, "input/papers/2025/10/2510.08521.yaml"));
        var second = Record(site, "input/papers/2025/10/2510.01234.yaml");
        Assert.Contains("title: \"Fast $O(n \\\\log n)$ Retrieval with Learned Indexes\"", second);
        Assert.Contains("doi: \"10.1145/3690624.3709123\"", second);
        Assert.Contains("published: 2025-10-01", second);
    }

    [Fact]
    public void Bibtex_entries_become_records_with_latex_resolved_and_names_given_first()
    {
        using var site = TestSite.Create("");
        site.Write("refs.bib", ImportSamples.Library);

        var outcome = Import(site, "refs.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            """
            title: "Attention is All you Need"
            date: 2025-10-12
            abstract: |
              The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.

              We propose a new simple network architecture, the Transformer.
            arxiv: "1706.03762"
            authors:
              - "Ashish Vaswani"
              - "Noam Shazeer"
              - "Łukasz Kaiser"
              - "Illia Polosukhin"
            tags: ["transformers", "attention"]
            published: 2017-12-04

            """,
            Record(site, "input/papers/2025/10/1706.03762.yaml"));

        var arxivOwn = Record(site, "input/papers/2025/10/2510.08521.yaml");
        Assert.Contains("arxiv: \"2510.08521\"", arxivOwn);
        Assert.Contains("tags: [\"cs.CL\"]", arxivOwn);

        var text = Record(site, "input/papers/2025/10/uber-formal-unentscheidbare-satze-der-principia-mathematica.yaml");
        Assert.Contains("title: \"Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I\"", text);
        Assert.Contains("  - \"Kurt Gödel\"", text);
        Assert.Contains("doi: \"10.1007/BF01700692\"", text);
        Assert.Contains("  \"pdf\": \"https://example.org/papers/goedel.pdf\"", text);
        // The entry gives only its year, which is kept as it is.
        Assert.Contains("published: 1931\n", text);
    }

    [Fact]
    public void Imported_records_build_into_pages()
    {
        using var site = TestSite.Create("");
        site.Write("refs.bib", ImportSamples.Library);
        site.Write("arxiv.xml", ImportSamples.ArxivFeed);
        Assert.Equal(0, Import(site, "refs.bib", "arxiv.xml").ExitCode);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("Łukasz Kaiser", site.Output("papers/1706.03762/index.html"));
        Assert.Contains("cs.CL", site.Output("tags/index.html"));
    }

    [Fact]
    public void An_entry_without_an_abstract_gets_its_title_and_a_warning_naming_it()
    {
        using var site = TestSite.Create("");
        site.Write("refs.bib", ImportSamples.Library);

        var outcome = Import(site, "refs.bib");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"{site.Root}/refs.bib(4,1): warning PS0505: @misc{{wang2025multimodal}} has no abstract; its title was written as the abstract: replace it in the record.", outcome.Error);
        Assert.Contains("abstract: |\n  Multimodal Policy Internalization for Conversational Agents\n", Record(site, "input/papers/2025/10/2510.08521.yaml"));
    }

    [Fact]
    public void Papers_already_present_are_skipped_by_id_arxiv_id_without_version_or_doi()
    {
        using var site = TestSite.Create("""
            -- input/papers/2024/01/trimpi.yaml --
            title: TriMPI, listed by hand
            date: 2024-01-02
            abstract: Already here.
            arxiv: 2510.08521v3
            -- input/papers/2024/01/goedel.yaml --
            title: Gödel's paper
            date: 2024-01-02
            abstract: Already here too.
            doi: 10.1007/bf01700692
            -- input/papers/2024/01/1706.03762.yaml --
            title: Listed under its arXiv id
            date: 2024-01-02
            abstract: And this one.
            """);
        site.Write("refs.bib", ImportSamples.Library);
        site.Write("arxiv.xml", ImportSamples.ArxivFeed);

        var outcome = Import(site, "refs.bib", "arxiv.xml");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            $$"""
            input/papers/2025/10/2510.01234.yaml
            skipped @misc{wang2025multimodal} ({{site.Root}}/refs.bib(4,1)): already present as input/papers/2024/01/trimpi.yaml
            skipped @inproceedings{vaswani2017attention} ({{site.Root}}/refs.bib(14,1)): already present as input/papers/2024/01/1706.03762.yaml
            skipped @article{goedel1931} ({{site.Root}}/refs.bib(29,1)): already present as input/papers/2024/01/goedel.yaml
            skipped arXiv 2510.08521v1 ({{site.Root}}/arxiv.xml(10,3)): already present as input/papers/2024/01/trimpi.yaml
            imported 1, skipped 4 already present

            """,
            outcome.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("PS0505", outcome.Error);
    }

    [Fact]
    public void A_record_file_in_the_way_is_an_error_before_anything_is_written()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/2510.01234.yaml --
            id: renamed-by-hand
            title: Another Paper
            date: 2025-10-01
            abstract: Its file name is not its id.
            """);
        site.Write("arxiv.xml", ImportSamples.ArxivFeed);

        var outcome = Import(site, "arxiv.xml");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{site.Root}/arxiv.xml(35,3): error PS0508: the record for arXiv 2510.01234v2 would be input/papers/2025/10/2510.01234.yaml, which exists and holds another id; rename that file to match its id.", outcome.Error);
        Assert.False(File.Exists(Path.Combine(site.Root, "input/papers/2025/10/2510.08521.yaml")));
    }

    [Fact]
    public void Importing_the_same_files_again_creates_nothing()
    {
        using var site = TestSite.Create("");
        site.Write("refs.bib", ImportSamples.Library);
        site.Write("arxiv.xml", ImportSamples.ArxivFeed);
        Import(site, "refs.bib", "arxiv.xml");
        var before = site.Snapshot(Path.Combine(site.Root, "input"));

        var again = Import(site, "refs.bib", "arxiv.xml");

        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("imported 0, skipped 5 already present\n", again.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot(Path.Combine(site.Root, "input")));
    }

    [Fact]
    public void Any_error_reports_every_problem_and_writes_nothing()
    {
        using var site = TestSite.Create("");
        site.Write("good.bib", ImportSamples.Library);
        site.Write("bad.bib", """
            @article{notitle, author = {Doe, Jane}, abstract = {Text.}}
            @misc{badeprint, title = {X}, abstract = {Y}, eprint = {12345}, archivePrefix = {arXiv}}
            @article{broken,
              title = {Missing comma}
              year = 2020
            }
            """);
        site.Write("bad.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <entry><title>Cut off</feed>");

        var outcome = Import(site, "good.bib", "bad.bib", "bad.xml", "notes.txt");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            $$"""
            {{site.Root}}/bad.bib(1,1): error PS0503: @article{notitle} has no title; a record needs one.
            {{site.Root}}/bad.bib(2,56): error PS0504: 'eprint' of @misc{badeprint} must be an arXiv identifier such as 2510.08521, got '12345'.
            {{site.Root}}/bad.bib(5,3): error PS0501: expected ',' or '}' after the value of 'title' in @article{broken}, found 'y'; is a comma missing?
            {{site.Root}}/bad.xml(2,26): error PS0501: the file is not well-formed XML: The 'title' start tag on line 2 position 11 does not match the end tag of 'feed'.
            {{site.Root}}/notes.txt: error PS0502: cannot tell the file's format from its name: import reads BibTeX (.bib) and arXiv API Atom (.xml) files.
            Import failed: 5 errors, 2 warnings. Nothing was written.

            """,
            string.Join("\n", outcome.Error.ReplaceLineEndings("\n").Split('\n').Where(l => !l.Contains(": warning PS", StringComparison.Ordinal))));
        Assert.Equal("", outcome.Output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input", "papers")));
    }

    [Fact]
    public void Arxiv_api_errors_and_other_xml_are_reported_as_such()
    {
        using var site = TestSite.Create("");
        site.Write("error.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/api/errors#incorrect_id_format_for_2510.0852</id>
                <title>Error</title>
                <summary>incorrect id format for 2510.0852</summary>
              </entry>
            </feed>
            """);
        site.Write("rss.xml", "<rss version=\"2.0\"><channel/></rss>");

        var outcome = Import(site, "error.xml", "rss.xml");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{site.Root}/error.xml(3,3): error PS0502: the arXiv API answered with an error instead of papers: incorrect id format for 2510.0852", outcome.Error);
        Assert.Contains($"{site.Root}/rss.xml(1,1): error PS0502: the file is not an Atom feed: its root element is <rss>", outcome.Error);
    }

    [Fact]
    public void A_document_type_definition_is_refused_so_no_entity_can_expand()
    {
        using var site = TestSite.Create("");
        site.Write("bomb.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&b;</title></entry></feed>
            """);

        var outcome = Import(site, "bomb.xml");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{site.Root}/bomb.xml(2,1): error PS0501: the file declares a document type (<!DOCTYPE ...>); import refuses them", outcome.Error);
    }

    [Fact]
    public void A_bad_date_option_is_an_error()
    {
        using var site = TestSite.Create("");
        site.Write("refs.bib", ImportSamples.Library);

        var outcome = CliRunner.Run("import", "--root", site.Root, "--date", "2025-02-30", Path.Combine(site.Root, "refs.bib"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("error: --date must be a real date as yyyy-MM-dd or 'published', got '2025-02-30'.\n", outcome.Error.ReplaceLineEndings("\n"));
    }
}
