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
        Span<char> buffer = stackalloc char[MaxTermLength];
        foreach (var word in new Words(AsciiFolding.Fold(text), buffer))
        {
            terms.Add(LightStemmer.Stem(word.ToString()));
        }

        return terms;
    }

    /// <summary>
    /// The words of folded text, lower-cased, before stemming, each in <paramref name="buffer"/> until the next:
    /// the index looks each one up without making a string of it, since an archive's abstracts hold tens of
    /// millions of words and only tens of thousands of distinct ones.
    /// </summary>
    public ref struct Words(ReadOnlySpan<char> folded, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> _text = folded;
        private readonly Span<char> _buffer = buffer;
        private int _next;
        private int _length;

        public readonly ReadOnlySpan<char> Current => _buffer[.._length];

        public readonly Words GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _text.Length)
            {
                var run = 0;
                for (; _next < _text.Length && Lowered(_text[_next]) is var c && c != '\0'; _next++, run++)
                {
                    if (run < MaxTermLength)
                    {
                        _buffer[run] = c;
                    }
                }

                _next++;
                if (run is > 0 and <= MaxTermLength)
                {
                    _length = run;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The letter or digit lower-cased, or '\0' for a character that separates words.</summary>
        private static char Lowered(char c) => c switch
        {
            >= 'a' and <= 'z' or >= '0' and <= '9' => c,
            >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
            _ => '\0',
        };
    }
}
