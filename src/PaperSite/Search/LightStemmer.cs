namespace PaperSite.Search;

/// <summary>
/// Light English stemming, so "models", "modeling" and "modeled" find one another: plural endings and -ing/-ed,
/// nothing that changes a word's meaning (Porter's later steps turn "university" and "universal" into one stem).
/// Words of digits and short words are left alone. theme/assets/search.js holds the same rules, in the same order.
/// </summary>
internal static class LightStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || char.IsAsciiDigit(word[^1]))
        {
            return word;
        }

        // First plurals, then -ing or -ed of what is left ("embeddings" to "embedding" to "embed").
        word = Singular(word);
        if (word.EndsWith("ing", StringComparison.Ordinal) && HasVowel(word.AsSpan(0, word.Length - 3)) && word.Length - 3 >= 3)
        {
            return Undouble(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && HasVowel(word.AsSpan(0, word.Length - 2)) && word.Length - 2 >= 3)
        {
            return Undouble(word[..^2]);
        }

        return word;
    }

    private static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.IndexOfAny(Vowels) >= 0;

    /// <summary>"embedd" (from "embedding") becomes "embed"; "ll", "ss" and "zz" stay ("modell", "pass").</summary>
    private static string Undouble(string stem)
    {
        var last = stem[^1];
        return stem.Length >= 4 && stem[^2] == last && last is not ('l' or 's' or 'z') && !IsVowel(last) ? stem[..^1] : stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
