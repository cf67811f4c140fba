using System.Text;

namespace PaperSite.Abstracts;

/// <summary>The font commands of LaTeX math (<c>\mathbf</c>, <c>\mathbb</c>, ...) that change how letters look.</summary>
internal enum MathFont
{
    None,
    Upright,
    Italic,
    Bold,
    BoldItalic,
    Script,
    Fraktur,
    DoubleStruck,
    SansSerif,
    Monospace,

    /// <summary>Text only (<c>\textsc</c>): small letters become small capitals.</summary>
    SmallCaps,
}

/// <summary>
/// Maps letters and digits to Unicode's Mathematical Alphanumeric Symbols (𝐱, ℝ, 𝒜, ...). MathML Core
/// dropped <c>mathvariant</c> except "normal", so these characters are how a bold or blackboard letter
/// looks right in every browser, and they still read correctly where a feed reader strips the markup.
/// </summary>
internal static class MathAlphabets
{
    // Unicode has no small capital x; a small x reads the same.
    private const string SmallCapitals = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ";

    /// <summary>The character for <paramref name="c"/> in <paramref name="font"/>, or the character itself where the font has none.</summary>
    public static string Map(char c, MathFont font)
    {
        var (upper, lower, digit) = Starts(font);
        if (Exception(c, font) is { } exception)
        {
            return exception.ToString();
        }

        if (font == MathFont.SmallCaps)
        {
            return c is >= 'a' and <= 'z' ? SmallCapitals[c - 'a'].ToString() : c.ToString();
        }

        if (GreekIndex(c) is { } greek && GreekStart(font) is > 0 and var start)
        {
            return char.ConvertFromUtf32(start + greek);
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

    /// <summary>
    /// Where the font's Greek block starts: 25 capitals (with ϴ after Ρ, where Unicode's Greek has a hole), ∇,
    /// 25 small letters (with ς), then ∂ ϵ ϑ ϰ ϕ ϱ ϖ. Bold Greek keeps a vector θ apart from a scalar θ. As in
    /// LaTeX, capitals stay upright under <c>\boldsymbol</c>.
    /// </summary>
    private static int GreekStart(MathFont font) => font switch
    {
        MathFont.Bold => 0x1D6A8,
        MathFont.Italic => 0x1D6E2,
        MathFont.BoldItalic => 0x1D71C,
        _ => 0,
    };

    private static int? GreekIndex(char c) => c switch
    {
        >= 'Α' and <= 'Ω' when c != '\u03A2' => c - 'Α',
        'ϴ' => 17,
        '∇' => 25,
        >= 'α' and <= 'ω' => 26 + (c - 'α'),
        '∂' => 51,
        'ϵ' => 52,
        'ϑ' => 53,
        'ϰ' => 54,
        'ϕ' => 55,
        'ϱ' => 56,
        'ϖ' => 57,
        _ => null,
    };

    /// <summary>Capital Greek is upright in LaTeX, so bold italic leaves it bold upright (as <c>\boldsymbol{\Sigma}</c> shows).</summary>
    public static MathFont ForCapitalGreek(MathFont font) => font == MathFont.BoldItalic ? MathFont.Bold : font;

    private static (int Upper, int Lower, int Digit) Starts(MathFont font) => font switch
    {
        MathFont.Italic => (0x1D434, 0x1D44E, 0),
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
        (MathFont.Italic, 'h') => 'ℎ',
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
