using PaperSite.Testing;

namespace PaperSite.Tests.Records;

/// <summary>One test per rule of the record format, each asserting the exact line a contributor sees.</summary>
public sealed class RecordRulesTests
{
    private static List<string> ErrorsOf(string record, string path = "input/papers/2025/10/x.yaml")
    {
        using var site = TestSite.Create($"-- {path} --\n{record}");
        var result = site.Check();
        Assert.False(result.Succeeded);
        return result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void Impossible_date_is_reported_at_the_value_with_the_contract_wording()
    {
        var errors = ErrorsOf("""
            title: T
            date: 2025-02-30
            abstract: A.
            """);

        Assert.Equal(["input/papers/2025/10/x.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'."], errors);
    }

    [Theory]
    [InlineData("10/10/2025")]
    [InlineData("2025-1-5")]
    [InlineData("２０２５-10-10")]
    public void Dates_in_other_shapes_are_refused(string date)
    {
        var errors = ErrorsOf($"title: T\ndate: {date}\nabstract: A.\n");

        Assert.Contains(errors, e => e.Contains("PS0103", StringComparison.Ordinal) && e.Contains(date, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_missing_required_key_is_reported_not_just_the_first()
    {
        var errors = ErrorsOf("upvotes: 3\n");

        Assert.Equal(
        [
            "input/papers/2025/10/x.yaml(1,1): error PS0101: 'abstract' is required but missing.",
            "input/papers/2025/10/x.yaml(1,1): error PS0101: 'date' is required but missing.",
            "input/papers/2025/10/x.yaml(1,1): error PS0101: 'title' is required but missing.",
        ], errors);
    }

    [Fact]
    public void Empty_required_value_is_an_error()
    {
        var errors = ErrorsOf("title:\ndate: 2025-10-10\nabstract: A.\n");

        Assert.Equal(["input/papers/2025/10/x.yaml(1,7): error PS0111: 'title' is required but empty."], errors);
    }

    [Fact]
    public void Unknown_key_names_the_nearest_known_key()
    {
        var errors = ErrorsOf("tittle: T\ntitle: T\ndate: 2025-10-10\nabstract: A.\n");

        Assert.Equal(["input/papers/2025/10/x.yaml(1,1): error PS0102: 'tittle' is not a known key; did you mean 'title'?"], errors);
    }

    [Fact]
    public void Duplicate_key_is_an_error_naming_the_first_line()
    {
        var errors = ErrorsOf("title: T\ndate: 2025-10-10\ntitle: U\nabstract: A.\n");

        Assert.Equal(["input/papers/2025/10/x.yaml(3,1): error PS0005: 'title' appears twice in this mapping (first on line 1); keep one."], errors);
    }

    [Fact]
    public void Duplicate_ids_across_files_are_reported_for_every_file()
    {
        using var site = TestSite.Create("""
            -- input/papers/a/one.yaml --
            title: One
            date: 2025-10-10
            abstract: A.
            -- input/papers/b/one.yaml --
            title: Other
            date: 2025-10-11
            abstract: B.
            """);

        var result = site.Check();

        Assert.Equal(
        [
            "input/papers/a/one.yaml: error PS0105: the id 'one' is also used by input/papers/b/one.yaml; every paper needs its own id.",
            "input/papers/b/one.yaml: error PS0105: the id 'one' is also used by input/papers/a/one.yaml; every paper needs its own id.",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("Has Space")]
    [InlineData("UPPER")]
    [InlineData("-leading")]
    [InlineData("a/b")]
    public void Invalid_explicit_id_is_refused(string id)
    {
        var errors = ErrorsOf($"id: \"{id}\"\ntitle: T\ndate: 2025-10-10\nabstract: A.\n");

        Assert.Contains(errors, e => e.StartsWith("input/papers/2025/10/x.yaml(1,5): error PS0104:", StringComparison.Ordinal));
    }

    [Fact]
    public void File_name_that_cannot_be_an_id_is_an_error_unless_an_id_is_given()
    {
        const string Record = "title: T\ndate: 2025-10-10\nabstract: A.\n";

        var errors = ErrorsOf(Record, "input/papers/My Paper.yaml");
        Assert.Equal(["input/papers/My Paper.yaml: error PS0104: the file name 'My Paper' cannot be a paper id (lowercase letters, digits, '.', '_' or '-'); rename the file or add an 'id' key."], errors);

        using var site = TestSite.Create("-- input/papers/My Paper.yaml --\nid: my-paper\n" + Record);
        Assert.True(site.Check().Succeeded);
    }

    [Fact]
    public void Arxiv_style_ids_are_valid_ids()
    {
        using var site = TestSite.Create("""
            -- input/papers/2510.08521v2.yaml --
            title: T
            date: 2025-10-10
            abstract: A.
            arxiv: 2510.08521v2
            """);

        var result = site.Check();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/x")]
    [InlineData("/relative/path")]
    [InlineData("example.org")]
    public void Links_must_be_absolute_http_urls(string url)
    {
        var errors = ErrorsOf($"title: T\ndate: 2025-10-10\nabstract: A.\nlinks:\n  code: \"{url}\"\n");

        Assert.Equal([$"input/papers/2025/10/x.yaml(5,9): error PS0106: link 'code' must be an absolute http or https URL, got '{url}'."], errors);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("many")]
    [InlineData("٣")]
    public void Upvotes_must_be_a_whole_number(string value)
    {
        var errors = ErrorsOf($"title: T\ndate: 2025-10-10\nabstract: A.\nupvotes: {value}\n");

        Assert.Equal([$"input/papers/2025/10/x.yaml(4,10): error PS0107: 'upvotes' must be a whole number >= 0, got '{value}'."], errors);
    }

    [Theory]
    [InlineData("2510.8521")]
    [InlineData("arXiv:2510.8521")]
    [InlineData("hep-th/99")]
    public void Arxiv_ids_must_have_arxiv_format(string value)
    {
        var errors = ErrorsOf($"title: T\ndate: 2025-10-10\nabstract: A.\narxiv: {value}\n");

        Assert.Contains(errors, e => e.StartsWith("input/papers/2025/10/x.yaml(4,8): error PS0109:", StringComparison.Ordinal));
    }

    [Fact]
    public void Old_style_arxiv_ids_are_accepted()
    {
        using var site = TestSite.Create("-- input/papers/old.yaml --\ntitle: T\ndate: 1999-01-05\nabstract: A.\narxiv: hep-th/9901001\n");

        Assert.True(site.Check().Succeeded);
    }

    [Fact]
    public void Wrong_type_is_named()
    {
        var errors = ErrorsOf("title: [a, b]\ndate: 2025-10-10\nabstract: A.\n");

        Assert.Equal(["input/papers/2025/10/x.yaml(1,8): error PS0108: 'title' must be text, got a list."], errors);
    }

    [Fact]
    public void Yaml_syntax_error_points_at_the_line()
    {
        var errors = ErrorsOf("title: T\ndate: 2025-10-10\nabstract: \"unterminated\n");

        var error = Assert.Single(errors);
        Assert.StartsWith("input/papers/2025/10/x.yaml(", error);
        Assert.Contains("error PS0001: this is not valid YAML", error);
    }

    [Fact]
    public void Input_that_trips_the_yaml_library_itself_is_a_syntax_error_not_a_crash()
    {
        // Found by the property tests: YamlDotNet's scanner throws InvalidOperationException on this.
        var errors = ErrorsOf("- [[%@\r!");

        var error = Assert.Single(errors);
        Assert.Matches("^input/papers/2025/10/x.yaml\\([0-9]+,[0-9]+\\): error PS0001: this is not valid YAML", error);
    }

    [Fact]
    public void Problems_in_many_files_are_all_reported_together()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-13-01
            abstract: A.
            -- input/papers/b.yaml --
            title: B
            date: 2025-10-10
            abstract: B.
            upvotes: lots
            -- input/papers/c.yaml --
            title: C
            date: 2025-10-10
            abstract: C.
            """);

        var result = site.Check();

        Assert.Equal(["PS0103 input/papers/a.yaml", "PS0107 input/papers/b.yaml"], result.Diagnostics.Select(d => $"{d.Code} {d.Path}"));
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        using var site = TestSite.Create("");
        site.WriteBytes("input/papers/bom.yaml", [0xEF, 0xBB, 0xBF, .. "title: T\r\ndate: 2025-10-10\r\nabstract: |\r\n  Line one.\r\n  Line two.\r\n"u8.ToArray()]);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("<h1>T</h1>", site.Output("papers/bom/index.html"));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        using var site = TestSite.Create("");
        site.WriteBytes("input/papers/bad.yaml", [.. "title: T\ndate: 2025-10-10\nabstract: caf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]);

        var result = site.Check();

        Assert.Equal(["input/papers/bad.yaml(3,14): error PS0002: the file is not valid UTF-8 (byte 0xE9 at offset 39); save it as UTF-8."], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Authors_can_be_names_or_mappings_and_bad_orcids_are_refused()
    {
        var errors = ErrorsOf("""
            title: T
            date: 2025-10-10
            abstract: A.
            authors:
              - Ada Lovelace
              - name: Alan Turing
                affiliation: University of Manchester
                orcid: 1234
              - affilation: Nowhere
            """);

        Assert.Equal(
        [
            "input/papers/2025/10/x.yaml(8,12): error PS0112: 'orcid' must be an ORCID iD such as 0000-0002-1825-0097, got '1234'.",
            "input/papers/2025/10/x.yaml(9,5): error PS0101: 'name' is required but missing.",
            "input/papers/2025/10/x.yaml(9,5): error PS0102: 'affilation' is not a known key; did you mean 'affiliation'?",
        ], errors);
    }

    [Fact]
    public void Site_settings_need_title_and_an_absolute_base_url()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: Archive
            base_url: /relative/
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: A.
            """);

        var result = site.Check();

        Assert.Equal(["input/site.yaml(2,11): error PS0202: 'base_url' must be an absolute http or https URL such as https://user.github.io/repo/, got '/relative/'."], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Missing_site_settings_is_one_clear_error()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n", withDefaultSettings: false);

        var result = site.Check();

        Assert.Equal(["input/site.yaml: error PS0201: the site settings file is missing; create it with at least 'title' and 'base_url'."], result.Diagnostics.Select(d => d.ToString()));
    }
}
