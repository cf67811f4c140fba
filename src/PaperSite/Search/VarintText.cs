using System.Text;

namespace PaperSite.Search;

/// <summary>
/// Whole numbers written as text, five bits a character: a character below 32 in the alphabet ends a number, one
/// from 32 up carries five more bits and says another follows. Numbers under 32 take one character, under 1,024
/// two. The alphabet is safe in JSON strings and file contents, so postings need no escaping and no binary reads.
/// </summary>
internal static class VarintText
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static void Append(StringBuilder text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        // Most significant groups first, so the reader accumulates value * 32 + digit.
        Span<char> digits = stackalloc char[7];
        var count = 0;
        digits[count++] = Alphabet[value & 31];
        value >>= 5;
        while (value > 0)
        {
            digits[count++] = Alphabet[32 + (value & 31)];
            value >>= 5;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            text.Append(digits[i]);
        }
    }

    public static List<int> Read(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            value = (value << 5) | (digit & 31);
            if (digit < 32)
            {
                values.Add(value);
                value = 0;
            }
        }

        return values;
    }
}
