using PaperSite.Diagnostics;
using PaperSite.Importing;
using PaperSite.Testing;

namespace PaperSite.Tests.Importing;

public sealed class BibtexParserTests
{
    private static (IReadOnlyList<BibtexEntry> Entries, IReadOnlyList<Diagnostic> Problems) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var entries = BibtexParser.Parse(text, "refs.bib", diagnostics);
        return (entries, diagnostics.ToSortedList());
    }

    [Fact]
    public void Braced_quoted_numeric_and_concatenated_values_are_read()
    {
        var (entries, problems) = Parse("""
            @String{conf = "Proceedings of the {ACL}"}
            @inproceedings{doe2024,
              title = {A {Nested} Title},
              booktitle = conf # ", Volume " # "1",
              year = 2024,
              month = oct,
              note = "a {"}quote{"} inside",
            }
            """);

        Assert.Empty(problems);
        var entry = Assert.Single(entries);
        Assert.Equal(("inproceedings", "doe2024"), (entry.Type, entry.Key));
        Assert.Equal("A {Nested} Title", entry.Value("title"));
        Assert.Equal("Proceedings of the {ACL}, Volume 1", entry.Value("booktitle"));
        Assert.Equal("2024", entry.Value("year"));
        Assert.Equal("October", entry.Value("month"));
        Assert.Equal("a {\"}quote{\"} inside", entry.Value("note"));
    }

    [Fact]
    public void Field_names_and_types_are_case_insensitive_and_positions_are_kept()
    {
        var (entries, _) = Parse("""
            % a comment line
            @ARTICLE{Key:2024/x,
                TITLE    = {T},
            }
            """);

        var entry = Assert.Single(entries);
        Assert.Equal("article", entry.Type);
        Assert.Equal("Key:2024/x", entry.Key);
        Assert.Equal((2, 1), (entry.Line, entry.Column));
        var title = entry.Field("title")!;
        Assert.Equal((3, 16), (title.Line, title.Column));
    }

    [Fact]
    public void Comment_preamble_and_text_outside_entries_are_skipped()
    {
        var (entries, problems) = Parse("""
            This file was written by hand; mail me@example.org with fixes.
            @comment{jabref-meta: databaseType:bibtex; {nested} }
            @preamble{ "\newcommand{\noop}[1]{}" }
            @misc(paren, title = "Parentheses work too")
            """);

        Assert.Empty(problems);
        var entry = Assert.Single(entries);
        Assert.Equal("Parentheses work too", entry.Value("title"));
    }

    [Fact]
    public void Every_syntax_error_is_reported_with_its_line_and_the_good_entries_are_still_read()
    {
        var (entries, problems) = Parse("""
            @article{first, title = {Fine}}

            @article{nocomma,
              title = {Missing Comma}
              year = 2020,
            }

            @article{unclosed,
              title = {Never {closed},
            }

            @article{undefined, journal = jmlr}
            @article{twice, title = {A}, title = {B}}
            @article{last, title = {Also Fine}}
            """);

        Assert.Equal(["first", "undefined", "last"], entries.Select(e => e.Key));
        Assert.Equal(
            """
            refs.bib(5,3): error PS0501: expected ',' or '}' after the value of 'title' in @article{nocomma}, found 'y'; is a comma missing?
            refs.bib(12,1): error PS0501: @article{unclosed} (line 8) is not closed before the next entry starts here; is a '}' missing in one of its values?
            refs.bib(12,31): warning PS0509: @article{undefined} uses a name that no @string defines: jmlr (line 12); it was read as its own text. Add the @string definitions to read them as meant.
            refs.bib(13,30): error PS0501: @article{twice} has the field 'title' twice; keep one.
            """,
            DiagnosticText.Of(problems));
    }

    [Fact]
    public void After_an_error_reading_resumes_at_the_next_line_that_starts_with_an_at_sign_however_many_at_signs_come_before()
    {
        var longLine = string.Concat(Enumerable.Repeat("mail@example.org ", 20_000));
        var (entries, problems) = Parse($"@article{{broken, title = {{x}} year = 1,}}\n{longLine}\n  x @not{{this}}\n  @article{{next, title = {{Next}}}}\n");

        Assert.Equal(["next"], entries.Select(e => e.Key));
        Assert.Single(problems);
    }

    [Fact]
    public void An_entry_cut_off_by_the_end_of_the_file_is_an_error_at_its_brace()
    {
        var (entries, problems) = Parse("@article{cut,\n  title = {Open");

        Assert.Empty(entries);
        Assert.Equal("refs.bib(2,11): error PS0501: this '{' is never closed.", DiagnosticText.Of(problems));
    }

    [Fact]
    public void An_entry_without_a_key_is_read_and_named_by_its_line()
    {
        var (entries, problems) = Parse("@article{, title = {No Key}}");

        Assert.Empty(problems);
        Assert.Equal("@article{} (line 1)", Assert.Single(entries).Label);
    }

    [Fact]
    public void An_entry_whose_key_is_not_followed_by_a_comma_is_still_an_error()
    {
        var (_, problems) = Parse("@article{= title = {No Key}}");

        Assert.Equal("refs.bib(1,10): error PS0501: the @article entry has no citation key: expected '@article{key, ...', found '='.", DiagnosticText.Of(problems));
    }

    [Fact]
    public void Deep_brace_nesting_is_read_without_recursion()
    {
        var deep = new string('{', 200_000) + "x" + new string('}', 200_000);

        var (entries, problems) = Parse($"@misc{{deep, title = {deep}}}");

        Assert.Empty(problems);
        Assert.Equal(400_000 - 1, Assert.Single(entries).Value("title")!.Length);
    }
}
