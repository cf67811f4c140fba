using System.Text;

namespace PaperSite.Model;

/// <summary>
/// A tag as the site shows it. Spellings that differ only in case or white space are one tag
/// (<see cref="Key"/>); <see cref="Slug"/> is its address, unique in the archive.
/// </summary>
public sealed record Tag(string Key, string Name, string Slug)
{
    /// <summary>
    /// What makes two spellings one tag: case and runs of white space are ignored. Called for every tag and
    /// author name several times per build, so it is one pass without a regular expression, and a spelling
    /// that already is its key (the usual case) is returned as it is.
    /// </summary>
    public static string KeyOf(string spelling)
    {
        var text = spelling.AsSpan().Trim();
        if (IsKey(text))
        {
            return text.Length == spelling.Length ? spelling : text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        var inWhiteSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWhiteSpace = true;
                continue;
            }

            if (inWhiteSpace)
            {
                builder.Append(' ');
                inWhiteSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    private static bool IsKey(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // A letter beyond the first plane (𐐀) lowercases as a pair: left to the full path.
                return false;
            }

            if (char.IsWhiteSpace(c) ? c != ' ' || text[i - 1] == ' ' : char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
