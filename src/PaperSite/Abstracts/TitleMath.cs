using System.Text;
using PaperSite.Rendering;

namespace PaperSite.Abstracts;

/// <summary>
/// Formulas in a title (<c>$\alpha$-divergence</c>): MathML where markup can go (headings, cards), readable Unicode
/// text (<c>α-divergence</c>) where it cannot (<c>&lt;title&gt;</c>, feed titles, <c>citation_title</c>, BibTeX,
/// JSON-LD). Only <c>$…$</c> with something inside is a formula; <c>\$</c> and a lone <c>$</c> are dollar signs.
/// </summary>
internal static class TitleMath
{
    /// <summary>The title's pieces in order: text as written, or a formula's LaTeX without its dollar signs.</summary>
    public static IEnumerable<(string Text, bool IsFormula)> Pieces(string title)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < title.Length)
        {
            var c = title[i];
            if (c == '\\' && i + 1 < title.Length && title[i + 1] == '$')
            {
                text.Append('$');
                i += 2;
                continue;
            }

            if (c == '$' && FormulaEnd(title, i + 1) is { } end)
            {
                if (text.Length > 0)
                {
                    yield return (text.ToString(), false);
                    text.Clear();
                }

                yield return (title[(i + 1)..end], true);
                i = end + 1;
                continue;
            }

            text.Append(c);
            i++;
        }

        if (text.Length > 0)
        {
            yield return (text.ToString(), false);
        }
    }

    public static bool HasFormula(string title) => title.Contains('$', StringComparison.Ordinal) && Pieces(title).Any(p => p.IsFormula);

    /// <summary>HTML for a heading: text escaped, each formula as MathML (or its source in <c>&lt;code&gt;</c>).</summary>
    public static string ToHtml(string title, MathMacros? macros = null)
    {
        var html = new StringBuilder(title.Length * 2);
        foreach (var (text, isFormula) in Pieces(title))
        {
            html.Append(isFormula ? LatexToMathMl.Render(text, display: false, macros) : Escaping.Html(text));
        }

        return html.ToString();
    }

    /// <summary>The title as plain text, each formula as Unicode (<see cref="MathText"/>).</summary>
    public static string ToText(string title, MathMacros? macros = null)
    {
        if (!title.Contains('$', StringComparison.Ordinal))
        {
            return title;
        }

        var plain = new StringBuilder(title.Length);
        foreach (var (text, isFormula) in Pieces(title))
        {
            plain.Append(isFormula ? MathText.Of(text, macros) : text);
        }

        return plain.ToString();
    }

    /// <summary>The title's formulas that fall back to their source, with the command to blame.</summary>
    public static IReadOnlyList<MathProblem> Problems(string title, MathMacros? macros = null) =>
        !title.Contains('$', StringComparison.Ordinal) ? []
        : Pieces(title).Where(p => p.IsFormula)
            .Select(p => LatexToMathMl.Convert(p.Text, display: false, macros).Problem(p.Text.Trim()))
            .OfType<MathProblem>()
            .ToList();

    /// <summary>
    /// Where the formula opened before <paramref name="start"/> closes, by the rule abstracts follow (Pandoc's, as Markdig
    /// applies it): the opening '$' is followed by a non-space, the closing one preceded by a non-space and not followed
    /// by a digit, so "costs $5 and $10" holds no formula.
    /// </summary>
    private static int? FormulaEnd(string title, int start)
    {
        if (start >= title.Length || char.IsWhiteSpace(title[start]) || title[start] == '$')
        {
            return null;
        }

        for (var i = start; i < title.Length; i++)
        {
            if (title[i] == '\\')
            {
                i++;
            }
            else if (title[i] == '$')
            {
                var closes = !char.IsWhiteSpace(title[i - 1]) && (i + 1 >= title.Length || !char.IsAsciiDigit(title[i + 1]));
                return closes ? i : null;
            }
        }

        return null;
    }
}
