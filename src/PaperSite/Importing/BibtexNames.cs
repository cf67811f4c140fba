using System.Text;
using PaperSite.Loading;

namespace PaperSite.Importing;

/// <summary>
/// Splits a BibTeX name list (<c>author</c>) into display names. Names are separated by the word
/// <c>and</c> outside braces (<c>{Barnes and Noble}</c> is one name); <c>Last, First</c> becomes
/// <c>First Last</c> and <c>Last, Jr., First</c> becomes <c>First Last Jr.</c>; <c>others</c> (BibTeX's
/// "et al.") is dropped. LaTeX is turned into Unicode after splitting, since braces decide the split.
/// </summary>
internal static class BibtexNames
{
    /// <summary>Whether the list ends in BibTeX's <c>and others</c>: the paper has more authors than it names.</summary>
    public static bool EndsWithOthers(string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, @"\band\s+others\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public static IReadOnlyList<string> Split(string value)
    {
        var names = new List<string>();
        foreach (var raw in SplitOutsideBraces(value, IsAndAt, separatorLength: 3))
        {
            var parts = SplitOutsideBraces(raw, (text, i) => text[i] == ',', separatorLength: 1).Select(p => p.Trim()).ToList();
            var ordered = parts.Count switch
            {
                1 => parts[0],
                2 => $"{parts[1]} {parts[0]}",
                _ => $"{parts[2]} {parts[0]} {parts[1]}",
            };

            var name = MappingFields.CollapseWhiteSpace(LatexText.ToUnicode(ordered));
            if (name.Length > 0 && !name.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>"and" as a word of its own: white space on both sides.</summary>
    private static bool IsAndAt(string text, int i) =>
        i > 0 && char.IsWhiteSpace(text[i - 1]) &&
        i + 3 < text.Length && char.IsWhiteSpace(text[i + 3]) &&
        text.AsSpan(i, 3).Equals("and", StringComparison.OrdinalIgnoreCase);

    private static List<string> SplitOutsideBraces(string text, Func<string, int, bool> isSeparatorAt, int separatorLength)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var level = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                level++;
            }
            else if (c == '}' && level > 0)
            {
                level--;
            }
            else if (level == 0 && isSeparatorAt(text, i))
            {
                parts.Add(current.ToString());
                current.Clear();
                i += separatorLength - 1;
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString());
        return parts;
    }
}
