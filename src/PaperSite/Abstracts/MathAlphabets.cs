using System.Text;

namespace PaperSite.Abstracts;

/// <summary>The font commands of LaTeX math (<c>\mathbf</c>, <c>\mathbb</c>, ...) that change how letters look.</summary>
internal enum MathFont
{
    None,
    Upright,
    Bold,
    BoldItalic,
    Script,
    Fraktur,
    DoubleStruck,
    SansSerif,
    Monospace,
}

/// <summary>
/// Maps letters and digits to Unicode's Mathematical Alphanumeric Symbols (𝐱, ℝ, 𝒜, ...). MathML Core
/// dropped <c>mathvariant</c> except "normal", so these characters are how a bold or blackboard letter
/// looks right in every browser, and they still read correctly where a feed reader strips the markup.
/// </summary>
internal static class MathAlphabets
{
    /// <summary>The character for <paramref name="c"/> in <paramref name="font"/>, or the character itself where the font has none.</summary>
    public static string Map(char c, MathFont font)
    {
        var (upper, lower, digit) = Starts(font);
        if (Exception(c, font) is { } exception)
        {
            return exception.ToString();
        }

        var codePoint = c switch
        {
            >= 'A' and <= 'Z' when upper > 0 => upper + (c - 'A'),
            >= 'a' and <= 'z' when lower > 0 => lower + (c - 'a'),
            >= '0' and <= '9' when digit > 0 => digit + (c - '0'),
            _ => 0,
        };
        return codePoint == 0 ? c.ToString() : char.ConvertFromUtf32(codePoint);
    }

    public static string Map(string text, MathFont font)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(Map(c, font));
        }

        return builder.ToString();
    }

    private static (int Upper, int Lower, int Digit) Starts(MathFont font) => font switch
    {
        MathFont.Bold => (0x1D400, 0x1D41A, 0x1D7CE),
        MathFont.BoldItalic => (0x1D468, 0x1D482, 0x1D7CE),
        MathFont.Script => (0x1D49C, 0x1D4B6, 0),
        MathFont.Fraktur => (0x1D504, 0x1D51E, 0),
        MathFont.DoubleStruck => (0x1D538, 0x1D552, 0x1D7D8),
        MathFont.SansSerif => (0x1D5A0, 0x1D5BA, 0x1D7E2),
        MathFont.Monospace => (0x1D670, 0x1D68A, 0x1D7F6),
        _ => (0, 0, 0),
    };

    /// <summary>Letters Unicode encoded earlier, in Letterlike Symbols, leaving holes in the mathematical blocks.</summary>
    private static char? Exception(char c, MathFont font) => (font, c) switch
    {
        (MathFont.Script, 'B') => 'ℬ',
        (MathFont.Script, 'E') => 'ℰ',
        (MathFont.Script, 'F') => 'ℱ',
        (MathFont.Script, 'H') => 'ℋ',
        (MathFont.Script, 'I') => 'ℐ',
        (MathFont.Script, 'L') => 'ℒ',
        (MathFont.Script, 'M') => 'ℳ',
        (MathFont.Script, 'R') => 'ℛ',
        (MathFont.Script, 'e') => 'ℯ',
        (MathFont.Script, 'g') => 'ℊ',
        (MathFont.Script, 'o') => 'ℴ',
        (MathFont.Fraktur, 'C') => 'ℭ',
        (MathFont.Fraktur, 'H') => 'ℌ',
        (MathFont.Fraktur, 'I') => 'ℑ',
        (MathFont.Fraktur, 'R') => 'ℜ',
        (MathFont.Fraktur, 'Z') => 'ℨ',
        (MathFont.DoubleStruck, 'C') => 'ℂ',
        (MathFont.DoubleStruck, 'H') => 'ℍ',
        (MathFont.DoubleStruck, 'N') => 'ℕ',
        (MathFont.DoubleStruck, 'P') => 'ℙ',
        (MathFont.DoubleStruck, 'Q') => 'ℚ',
        (MathFont.DoubleStruck, 'R') => 'ℝ',
        (MathFont.DoubleStruck, 'Z') => 'ℤ',
        _ => null,
    };
}
