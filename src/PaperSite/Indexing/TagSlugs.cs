using System.Security.Cryptography;
using System.Text;
using PaperSite.Text;

namespace PaperSite.Indexing;

/// <summary>
/// Gives every tag a URL-safe address. A plain tag keeps a readable slug ("reinforcement learning" →
/// "reinforcement-learning", "naïve" → "naive"); a tag whose slug would lose information ("c++", "中文")
/// gets a short hash of its key appended, so two different tags never share one page, and a tag's address does
/// not depend on which other tags exist unless two readable slugs collide.
/// </summary>
internal static class TagSlugs
{
    private const int MaxReadableLength = 60;

    /// <summary>Assigns slugs to a set of distinct tag keys.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> keys)
    {
        var bySlug = keys
            .Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Slug: Of(key)))
            .GroupBy(pair => pair.Slug, StringComparer.Ordinal);

        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in bySlug)
        {
            var members = group.ToList();
            foreach (var (key, slug) in members)
            {
                // Only "fine tuning" beside "fine-tuning" can get here: both get suffixed, neither is preferred.
                slugs[key] = members.Count == 1 ? slug : WithHash(Readable(key), key);
            }
        }

        return slugs;
    }

    /// <summary>The slug of one key, on its own (collisions are resolved by <see cref="Assign"/>).</summary>
    public static string Of(string key)
    {
        var readable = Readable(key);
        var lossless = readable.Length > 0 && readable == AsciiFolding.Fold(key).Replace(' ', '-');
        return lossless ? readable : WithHash(readable, key);
    }

    private static string WithHash(string readable, string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 4);
        return readable.Length == 0 ? $"tag-{hash}" : $"{readable}-{hash}";
    }

    /// <summary>Lowercase ASCII letters and digits, with single hyphens between words; accented letters lose their accents.</summary>
    private static string Readable(string key)
    {
        var builder = new StringBuilder(Math.Min(key.Length, MaxReadableLength));
        var pendingHyphen = false;
        foreach (var c in AsciiFolding.Fold(key))
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower);
                if (builder.Length >= MaxReadableLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
