using System.Text;
using PaperSite.Text;

namespace PaperSite.Search;

/// <summary>
/// Turns text into search terms, the same way for the index and for a query (theme/assets/search.js mirrors this
/// code, and a test runs both on the same words): letters folded to ASCII as tags and ids are
/// (<see cref="AsciiFolding"/>), lower-cased, cut into runs of ASCII letters and digits, and lightly stemmed.
/// Anything else (punctuation, letters of scripts with no ASCII spelling) separates words.
/// </summary>
internal static class SearchText
{
    /// <summary>Longer runs are not words a reader types (hashes, formulas run together) and are left out.</summary>
    public const int MaxTermLength = 40;

    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var folded = AsciiFolding.Fold(text);
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                word.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                Flush(word, terms);
            }
        }

        Flush(word, terms);
        return terms;
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length is > 0 and <= MaxTermLength)
        {
            terms.Add(LightStemmer.Stem(word.ToString()));
        }

        word.Clear();
    }
}
