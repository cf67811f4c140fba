using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PaperSite.Text;

namespace PaperSite.Indexing;

/// <summary>
/// Gives every tag and author a URL-safe address. A plain tag keeps a readable slug ("reinforcement learning" →
/// "reinforcement-learning", "naïve" → "naive"); a tag whose slug would lose information ("c++", "中文")
/// gets a short hash of its key appended, so two different tags never share one page, and a tag's address does
/// not depend on which other tags exist unless two readable slugs collide.
/// </summary>
internal static class Slugs
{
    private const int MaxReadableLength = 60;

    /// <summary>Eight hex digits: short enough to read, and a collision only costs the colliding tags a longer suffix.</summary>
    private const int ShortHashBytes = 4;

    /// <summary>Assigns slugs to a set of distinct tag keys; no two keys ever get the same slug.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> keys, string fallback = "tag")
    {
        var slugs = keys.Distinct(StringComparer.Ordinal).ToDictionary(key => key, key => Of(key, fallback), StringComparer.Ordinal);

        // Each round gives the keys that still share a slug a longer hash. The first separates "fine tuning"
        // from "fine-tuning"; later ones a tag spelt to look like another's hashed slug, or two tags whose short
        // hashes were made to collide. Neither is preferred: both move, so the outcome does not depend on order.
        foreach (var hashBytes in (int[])[ShortHashBytes, 8, 32])
        {
            var shared = Collisions(slugs);
            if (shared.Count == 0)
            {
                return slugs;
            }

            foreach (var key in shared)
            {
                slugs[key] = WithHash(Readable(key), key, fallback, hashBytes);
            }
        }

        // Only equal SHA-256 hashes get here; numbering makes the guarantee unconditional.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in slugs.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var slug = slugs[key];
            var candidate = slug;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            slugs[key] = candidate;
        }

        return slugs;
    }

    private static List<string> Collisions(Dictionary<string, string> slugs) =>
        slugs.GroupBy(pair => pair.Value, StringComparer.Ordinal).Where(group => group.Count() > 1).SelectMany(group => group.Select(pair => pair.Key)).ToList();

    /// <summary>The slug of one key, on its own (collisions are resolved by <see cref="Assign"/>).</summary>
    /// <remarks><paramref name="fallback"/> starts the slug of a key with no ASCII letter or digit ("tag-1a2b3c4d").</remarks>
    public static string Of(string key, string fallback = "tag")
    {
        var readable = Readable(key);
        var lossless = readable.Length > 0 && readable == AsciiFolding.Fold(key).Replace(' ', '-');
        return lossless ? readable : WithHash(readable, key, fallback);
    }

    private static string WithHash(string readable, string key, string fallback, int hashBytes = ShortHashBytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, hashBytes);
        return readable.Length == 0 ? $"{fallback}-{hash}" : $"{readable}-{hash}";
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
