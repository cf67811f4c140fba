using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>Titles of 6 to 14 words in the shape of machine learning papers, some with an acronym before a colon.</summary>
internal static class TitleWriter
{
    public const int MinWords = 6;
    public const int MaxWords = 14;

    public static string Write(Prng random)
    {
        var target = random.Between(MinWords, MaxWords);
        var words = new List<string>(MaxWords + 1);
        if (random.Chance(0.3))
        {
            words.Add(Acronym(random) + ":");
        }

        words.AddRange(random.Pick(Vocabulary.TitleOpenings).Split(' '));
        AddNounPhrase(words, random, Math.Min(3, target - words.Count));
        while (words.Count < target)
        {
            var remaining = target - words.Count;
            if (remaining == 1)
            {
                words.Add(random.Pick(Vocabulary.Endings));
                break;
            }

            words.Add(random.Pick(Vocabulary.Connectors));
            AddNounPhrase(words, random, Math.Min(3, remaining - 1));
        }

        // An opening of several words, or an acronym, can overshoot a short target; never beyond the maximum.
        return string.Join(' ', words.Take(MaxWords));
    }

    /// <summary>Adds a phrase of up to <paramref name="size"/> words: adjectives before a noun.</summary>
    private static void AddNounPhrase(List<string> words, Prng random, int size)
    {
        if (size <= 0)
        {
            return;
        }

        // Draw again when a two-word noun does not fit; the bound keeps this finite, one word always fits.
        var noun = random.Pick(Vocabulary.Nouns).Split(' ');
        for (var attempt = 0; noun.Length > size && attempt < 8; attempt++)
        {
            noun = random.Pick(Vocabulary.Nouns).Split(' ');
        }

        if (noun.Length > size)
        {
            noun = [noun[^1]];
        }

        for (var i = noun.Length; i < size; i++)
        {
            words.Add(random.Pick(Vocabulary.Adjectives));
        }

        words.AddRange(noun);
    }

    private static string Acronym(Prng random)
    {
        var builder = new StringBuilder();
        var length = random.Between(3, 7);
        for (var i = 0; i < length; i++)
        {
            var letter = (char)('A' + random.Next(26));
            builder.Append(i > 0 && random.Chance(0.3) ? char.ToLowerInvariant(letter) : letter);
        }

        return builder.ToString();
    }
}
