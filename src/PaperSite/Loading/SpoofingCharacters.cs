using System.Globalization;
using System.Text;

namespace PaperSite.Loading;

/// <summary>
/// Characters that make text display differently from how it is stored: the bidirectional
/// embeddings, overrides and isolates of "Trojan Source" (U+202A–U+202E, U+2066–U+2069), which can
/// turn "gnp.exe" into "exe.png" on screen and spill into the text after them; the invisible
/// zero-width space, word joiner and no-break space (U+200B, U+2060, U+FEFF), which make two equal-looking
/// tags different. No title, name, tag or abstract needs them, so they are removed from every value read.
/// The marks U+200E, U+200F and U+061C and the joiners U+200C and U+200D are kept: right-to-left scripts
/// and emoji need them, and they cannot reorder text beyond their neighbours. Control characters are left
/// to the rules of each field (an id refuses them) and are dropped wherever text is written out.
/// </summary>
internal static class SpoofingCharacters
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING",
        ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING",
        ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE",
        ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE",
        ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE",
        ['\u200B'] = "ZERO WIDTH SPACE",
        ['\u2060'] = "WORD JOINER",
        ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE",
    };

    /// <summary>The text without the characters, and a description of those removed ("U+202E RIGHT-TO-LEFT OVERRIDE"), or null when there were none.</summary>
    public static string Remove(string text, out string? removed)
    {
        if (!text.Any(Names.ContainsKey))
        {
            removed = null;
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var found = new SortedDictionary<char, string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Names.TryGetValue(c, out var name))
            {
                found.TryAdd(c, name);
            }
            else
            {
                kept.Append(c);
            }
        }

        removed = string.Join(", ", found.Select(pair => string.Create(CultureInfo.InvariantCulture, $"U+{(int)pair.Key:X4} {pair.Value}")));
        return kept.ToString();
    }
}
