using System.Text;

namespace PaperSite.Search;

/// <summary>
/// Which term shards exist, so the reader's browser asks only for files that are there. A small site lists the
/// keys; a large one sends one bit per possible key (every string of one to three of <see cref="KeyAlphabet"/>,
/// shortest first, then in alphabet order), six bits a character in <see cref="VarintText.Alphabet"/>: 8,000
/// characters however many shards there are, where the list would pass 40,000.
/// </summary>
internal static class ShardKeys
{
    public const string KeyAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static readonly int BitCount = Offset(SearchIndexFiles.ShardPrefixLength + 1);

    /// <summary>The list ("a ab abc"), or null when the bitmap is shorter.</summary>
    public static string? List(IReadOnlyCollection<string> keys)
    {
        var list = string.Join(' ', keys);
        return list.Length <= Bitmap(keys).Length ? list : null;
    }

    public static string Bitmap(IEnumerable<string> keys)
    {
        var bits = new bool[BitCount];
        foreach (var key in keys)
        {
            bits[Id(key)] = true;
        }

        var text = new StringBuilder((BitCount + 5) / 6);
        for (var start = 0; start < bits.Length; start += 6)
        {
            var value = 0;
            for (var bit = 0; bit < 6 && start + bit < bits.Length; bit++)
            {
                value |= bits[start + bit] ? 1 << bit : 0;
            }

            text.Append(VarintText.Alphabet[value]);
        }

        return text.ToString();
    }

    /// <summary>The key's bit: keys of fewer characters come first.</summary>
    public static int Id(string key)
    {
        var id = 0;
        foreach (var c in key)
        {
            id = (id * KeyAlphabet.Length) + KeyAlphabet.IndexOf(c, StringComparison.Ordinal);
        }

        return Offset(key.Length) + id;
    }

    /// <summary>How many keys are shorter than <paramref name="length"/>.</summary>
    private static int Offset(int length)
    {
        var offset = 0;
        var size = 1;
        for (var shorter = 1; shorter < length; shorter++)
        {
            size *= KeyAlphabet.Length;
            offset += size;
        }

        return offset;
    }
}
