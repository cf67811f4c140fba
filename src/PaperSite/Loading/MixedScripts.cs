namespace PaperSite.Loading;

/// <summary>
/// Finds a word that mixes Latin letters with look-alikes from another script: "Nееd" written with
/// Cyrillic е, or "ΑI" with a Greek capital alpha. Such a word can pass for another (a tag "LLМ" beside
/// "LLM" gets a page of its own), and real words almost never mix these scripts. Greek letters that do not
/// look Latin (μ, π, α, β) are left alone: titles such as "μP" and "αLoRA" use them on purpose.
/// This is a heuristic for the common attack, not Unicode's full confusables table.
/// </summary>
internal static class MixedScripts
{
    private const string GreekLookingLatin = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";

    /// <summary>The first word mixing Latin with Cyrillic or Latin-looking Greek letters, and the other script's name; null when there is none.</summary>
    public static (string Word, string Script)? FindMixedWord(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }

            if (i > start && Check(text.AsSpan(start, i - start)) is { } script)
            {
                return (text[start..i], script);
            }

            start = i + 1;
        }

        return null;
    }

    private static string? Check(ReadOnlySpan<char> word)
    {
        var latin = false;
        string? other = null;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7')
            {
                latin = true;
            }
            else if (c is >= '\u0400' and <= '\u052F')
            {
                other = "Cyrillic";
            }
            else if (GreekLookingLatin.Contains(c, StringComparison.Ordinal))
            {
                other ??= "Greek";
            }
        }

        return latin ? other : null;
    }
}
