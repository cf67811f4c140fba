using System.Collections.Frozen;
using System.Text;

namespace PaperSite.Text;

/// <summary>
/// Folds Latin letters to their ASCII spelling (Ü to U, ß to ss, ł to l) so that an id made from a title
/// keeps its words: "Über formal unentscheidbare Sätze" gives "uber-formal-unentscheidbare-satze", not
/// "ber-formal-unentscheidbare-s-tze". Done by table: in invariant globalization mode
/// <c>string.Normalize</c> cannot decompose letters.
/// </summary>
internal static class AsciiFolding
{
    private static readonly FrozenDictionary<char, string> Ligatures = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ø'] = "o", ['Ø'] = "O",
        ['ł'] = "l", ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['þ'] = "th", ['Þ'] = "Th",
        ['ı'] = "i", ['ȷ'] = "j", ['ĳ'] = "ij", ['Ĳ'] = "IJ",
    }.ToFrozenDictionary();

    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                builder.Append(c);
            }
            else if (CombiningAccents.LetterOf(c) is { } letter)
            {
                builder.Append(letter);
            }
            else if (Ligatures.TryGetValue(c, out var spelled))
            {
                builder.Append(spelled);
            }
            else if (c is < '\u0300' or > '\u036F')
            {
                // Combining marks left over from uncomposed accents are dropped; anything else stays for the slug to judge.
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
