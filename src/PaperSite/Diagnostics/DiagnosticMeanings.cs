using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace PaperSite.Diagnostics;

/// <summary>
/// What each diagnostic code means, in a phrase a contributor understands. The tables in docs/CLI.md and in
/// the CONTRIBUTING.md that <c>papersite init</c> writes are made from this list, and a test checks that
/// every code in <see cref="DiagnosticCodes"/> has a meaning, so the tables cannot fall behind the codes.
/// </summary>
public static class DiagnosticMeanings
{
    private static readonly ImmutableDictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DiagnosticCodes.YamlSyntax] = "not valid YAML (an unquoted value with `: ` in it needs quotes or `|`)",
        [DiagnosticCodes.InvalidEncoding] = "not valid UTF-8",
        [DiagnosticCodes.NotAMapping] = "a record or site.yaml that is not a mapping",
        [DiagnosticCodes.AnchorOrAlias] = "a YAML anchor or alias (refused)",
        [DiagnosticCodes.DuplicateKey] = "a key given twice",
        [DiagnosticCodes.TooDeep] = "nesting too deep",
        [DiagnosticCodes.FileTooLarge] = "a file too large",
        [DiagnosticCodes.Unreadable] = "a file that cannot be read",
        [DiagnosticCodes.SymbolicLink] = "a symbolic link where a real file or folder must be (not followed)",
        [DiagnosticCodes.MissingKey] = "a required key is missing",
        [DiagnosticCodes.UnknownKey] = "an unknown key (names the nearest known one)",
        [DiagnosticCodes.InvalidDate] = "not a real date written yyyy-MM-dd",
        [DiagnosticCodes.InvalidId] = "not a valid id",
        [DiagnosticCodes.DuplicateId] = "an id used by two records",
        [DiagnosticCodes.InvalidUrl] = "not an http or https URL",
        [DiagnosticCodes.InvalidNumber] = "not a whole number in range",
        [DiagnosticCodes.WrongType] = "a value of the wrong type",
        [DiagnosticCodes.InvalidArxivId] = "not an arXiv id",
        [DiagnosticCodes.InvalidDoi] = "not a DOI",
        [DiagnosticCodes.EmptyValue] = "a required value is empty",
        [DiagnosticCodes.InvalidOrcid] = "not an ORCID iD",
        [DiagnosticCodes.SimilarTags] = "tags that differ only slightly",
        [DiagnosticCodes.NoPapers] = "no records at all",
        [DiagnosticCodes.TooLong] = "a value, or a list, longer than allowed",
        [DiagnosticCodes.InvalidMarkdown] = "an abstract whose Markdown cannot be shown",
        [DiagnosticCodes.InvisibleCharacters] = "invisible or direction-changing characters (removed)",
        [DiagnosticCodes.MixedScripts] = "a word mixing Latin with look-alike Cyrillic or Greek letters",
        [DiagnosticCodes.MathUnknownCommand] = "a formula shown as its LaTeX source: a command PaperSite does not know (define the archive's own under math_macros) (warning)",
        [DiagnosticCodes.MathMacroStopped] = "a math macro stopped in a record: it expanded too often or too far (warning)",
        [DiagnosticCodes.DuplicatePaper] = "the same paper (arXiv id in any version, or DOI) in two records",
        [DiagnosticCodes.SimilarTitles] = "two records with near-identical titles (warning)",
        [DiagnosticCodes.FutureDate] = "a listing date in the future (warning)",
        [DiagnosticCodes.PlaceholderAbstract] = "the placeholder abstract `papersite new` writes, not yet replaced (warning)",
        [DiagnosticCodes.AuthorsInOneString] = "several authors written as one comma-separated string (warning)",
        [DiagnosticCodes.ArxivIdRewritten] = "an arXiv id written as `arXiv:ID` or a URL, read as the bare id (warning)",
        [DiagnosticCodes.MissingSiteSettings] = "site.yaml is missing",
        [DiagnosticCodes.InvalidSiteSetting] = "a bad site setting",
        [DiagnosticCodes.TemplateError] = "a template error",
        [DiagnosticCodes.TemplateMissing] = "a template is missing",
        [DiagnosticCodes.TemplateUndefinedVariable] = "a template reads a variable or member that does not exist (warning; an error with --strict)",
        [DiagnosticCodes.TemplateUnused] = "a file of the site's theme/templates/ that replaces no built-in template and that no template includes (warning)",
        [DiagnosticCodes.OutputError] = "writing the output (or an imported record) failed, or an output folder that would replace the sources",
        [DiagnosticCodes.OutputLocked] = "another build is writing the same output",
        [DiagnosticCodes.SiteTooLarge] = "the site is past 80% of GitHub Pages' 1 GB limit (names the largest kinds of page)",
        [DiagnosticCodes.ImportSyntax] = "import: a `.bib` or `.xml` file that cannot be parsed",
        [DiagnosticCodes.ImportFormat] = "import: a file of an unknown kind, not an Atom feed, or an arXiv API error",
        [DiagnosticCodes.ImportMissingField] = "import: an entry without a title",
        [DiagnosticCodes.ImportInvalidValue] = "import: an arXiv id or DOI that is not one",
        [DiagnosticCodes.ImportNoAbstract] = "import (warning): no abstract; the title was used",
        [DiagnosticCodes.ImportNothingFound] = "import (warning): a file with no papers",
        [DiagnosticCodes.ImportDroppedValue] = "import (warning): a value left out (a bad `url`, too many or too long tags, a `year` or `date` that is none)",
        [DiagnosticCodes.ImportRecordInvalid] = "import: the record made from an entry would not load, or its file name is taken",
        [DiagnosticCodes.ImportUndefinedMacro] = "import (warning): an undefined `@string` name in a field",
        [DiagnosticCodes.ImportRepeatedField] = "import (warning): a field given twice in one entry, merged",
        [DiagnosticCodes.ImportNoPublishedDate] = "import (warning): with `--date published`, an entry without a whole date, listed under the import day",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Every code <see cref="DiagnosticCodes"/> declares, in code order.</summary>
    public static ImmutableArray<string> AllCodes { get; } =
    [
        .. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The code's meaning; null for a code without one (which a test refuses).</summary>
    public static string? Of(string code) => Meanings.GetValueOrDefault(code);

    /// <summary>The Markdown table of every code and its meaning, as the documentation shows it.</summary>
    public static string MarkdownTable()
    {
        var table = new StringBuilder("| code | meaning |\n| --- | --- |\n");
        foreach (var code in AllCodes)
        {
            table.Append("| ").Append(code).Append(" | ").Append(Of(code)).Append(" |\n");
        }

        return table.ToString();
    }
}
