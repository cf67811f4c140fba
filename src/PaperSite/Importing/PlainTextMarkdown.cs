using System.Text;
using System.Text.RegularExpressions;

namespace PaperSite.Importing;

/// <summary>
/// Writes plain text (an arXiv or BibTeX abstract) as Markdown that shows exactly that text: every character
/// Markdown or its extensions would read as markup (<c>~3x</c>, <c>A* search</c>, <c>x^2</c>, <c>_</c>, a
/// leading <c>1.</c> or <c>#</c>) is backslash-escaped. Math (<c>$...$</c>, <c>$$...$$</c>) is kept as
/// written so it still renders, and a bare web address is put in angle brackets so it stays one link,
/// <c>~</c> and all.
/// </summary>
internal static partial class PlainTextMarkdown
{
    /// <summary>What <see cref="LatexText.AbstractToUnicode"/> writes for an escaped <c>\$</c>: a dollar sign that opens no math.</summary>
    public const char LiteralDollar = '\uE024';

    /// <summary>ASCII punctuation Markdown, autolinks, emphasis extras and entities give a meaning to.</summary>
    private const string Specials = "\\`*_~^[]<>!|{}&#$";

    public static string Write(string paragraphs) =>
        string.Join("\n\n", paragraphs.Split("\n\n").Select(Paragraph));

    private static string Paragraph(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && MathEnd(text, i) is var end and > 0)
            {
                output.Append(text, i, end - i);
                i = end;
                continue;
            }

            if (WebAddress().Match(text, i) is { Success: true, Index: var at } address && at == i && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                output.Append('<').Append(address.Value).Append('>');
                i += address.Length;
                continue;
            }

            var c = text[i];
            if (c == LiteralDollar)
            {
                output.Append("\\$");
                i++;
                continue;
            }

            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                output.Append('\\');
            }

            output.Append(c);
            i++;
        }

        return EscapeBlockStart(output.ToString());
    }

    /// <summary>Where the math that opens at <paramref name="start"/> ends; 0 when it is a lone dollar sign.</summary>
    private static int MathEnd(string text, int start)
    {
        var delimiter = text.AsSpan(start).StartsWith("$$", StringComparison.Ordinal) ? "$$" : "$";
        for (var i = start + delimiter.Length; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text.AsSpan(i).StartsWith(delimiter, StringComparison.Ordinal))
            {
                return i > start + delimiter.Length ? i + delimiter.Length : 0;
            }
        }

        return 0;
    }

    /// <summary>A paragraph that starts like a list item, heading rule or quote ("- ", "+ ", "1. ", "= ") is escaped at its start.</summary>
    private static string EscapeBlockStart(string paragraph)
    {
        var match = BlockStart().Match(paragraph);
        return match.Success ? paragraph.Insert(match.Groups["mark"].Index, "\\") : paragraph;
    }

    // The address ends before trailing punctuation that ends the sentence, and before a closing bracket it did not open.
    [GeneratedRegex(@"https?://[^\s<>""]+?(?=[.,;:!?)\]]*(?:\s|$))")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^(?:[0-9]{1,9}(?<mark>[.)])(?=\s|$)|(?<mark>[-+=]))")]
    private static partial Regex BlockStart();
}
