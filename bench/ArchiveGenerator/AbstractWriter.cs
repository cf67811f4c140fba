using System.Globalization;
using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Abstracts of about 900 to 1,600 characters of Markdown, with what real abstracts carry and a
/// renderer must handle: inline math (<c>$x^2$</c>) in about a third, a link in about a quarter,
/// emphasis in about half, and a second paragraph in about a third. With <c>long</c>, 1,700 to 1,920 characters,
/// as abstracts near arXiv's limit of 1,920 are: the size budgets must hold for those too.
/// </summary>
internal static class AbstractWriter
{
    public const int MinLength = 900;
    public const int MaxLength = 1600;

    public const int LongMinLength = 1700;

    /// <summary>arXiv's limit for an abstract.</summary>
    public const int LongMaxLength = 1920;

    /// <summary>Room left for the closing link ("Code is available at [GitHub](...)").</summary>
    private const int LinkRoom = 110;

    private static readonly string[] Failures =
    [
        "spurious correlations in the training data", "poorly calibrated confidence", "exposure bias",
        "reward hacking", "noisy labels", "tokenization artefacts", "shortcut learning", "contamination of test sets",
    ];

    private static readonly string[] Formalisms =
    [
        "a constrained Markov decision process", "a bilevel optimisation problem", "a partially observed game",
        "variational inference over latent plans", "a submodular selection problem", "a sequence of hypothesis tests",
    ];

    private static readonly Func<Prng, string>[] Sentences =
    [
        r => $"Recent progress in {r.Pick(Vocabulary.Tasks)} has been driven by ever larger models, yet their behaviour under distribution shift remains poorly understood.",
        r => $"We introduce {Method(r)}, which improves {r.Pick(Vocabulary.Tasks)} without additional human annotation.",
        r => $"Existing approaches rely on {r.Pick(Vocabulary.Methods)}, which scales poorly with the number of {Lower(r.Pick(Vocabulary.Nouns))}.",
        r => $"On {r.Pick(Vocabulary.Datasets)} and {r.Pick(Vocabulary.Datasets)}, our method improves {r.Pick(Vocabulary.Metrics)} by {Percent(r)} over the strongest baseline.",
        r => $"We further show that {Lower(r.Pick(Vocabulary.Adjectives))} {Lower(r.Pick(Vocabulary.Nouns))} emerge naturally when training with {r.Pick(Vocabulary.Methods)}.",
        r => $"Our analysis reveals that most failures stem from {r.Pick(Failures)}, not from a lack of capacity.",
        r => $"To study this question, we construct a benchmark of {r.Between(2, 90)}K examples spanning {r.Between(3, 40)} domains, with human-verified labels.",
        r => $"Surprisingly, a {r.Between(1, 70)}B-parameter model trained this way matches systems ten times its size on {r.Pick(Vocabulary.Tasks)}.",
        r => $"Ablations confirm that each component contributes, and that gains persist across {r.Between(3, 12)} model families.",
        r => $"We release our code, data and checkpoints to support future research on {r.Pick(Vocabulary.Tasks)}.",
        r => $"Compared to prior work, our approach requires {r.Between(2, 20)}x less compute at training time and adds negligible latency at inference.",
        r => $"These results suggest that {Lower(r.Pick(Vocabulary.Nouns))} are a promising direction for building reliable systems.",
        r => $"We formalise the problem as {r.Pick(Formalisms)} and derive an efficient approximation.",
        r => $"Human evaluation with {r.Between(10, 400)} annotators shows a clear preference for our outputs in {Percent(r)} of cases.",
        r => $"Finally, we discuss limitations, including sensitivity to {r.Pick(Failures)} and the cost of {r.Pick(Vocabulary.Tasks)}.",
    ];

    public static string Write(Prng random, string title, string? codeUrl, bool longer = false)
    {
        var target = longer ? random.Between(LongMinLength, LongMaxLength - LinkRoom) : random.Between(MinLength, MaxLength - 300);
        var withMath = random.Chance(0.35);
        var withLink = random.Chance(0.25);
        var withEmphasis = random.Chance(0.5);
        var breakAt = random.Chance(0.3) ? random.Between(2, 4) : -1;
        var name = title.Contains(':', StringComparison.Ordinal) ? title[..title.IndexOf(':', StringComparison.Ordinal)] : null;

        // Each sentence at most once: a shuffled order of the templates, more than enough for the longest abstract.
        var order = Enumerable.Range(0, Sentences.Length).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var text = new StringBuilder(LongMaxLength + 200);
        var count = 0;
        while (text.Length < target && (longer || count < order.Length))
        {
            // Long abstracts run out of distinct sentences: the rest are drawn again, with fresh words.
            var sentence = Sentences[count < order.Length ? order[count] : random.Next(Sentences.Length)](random);
            if (count == 0 && name is not null)
            {
                sentence = $"We present {name}, {Lower(title[(name.Length + 2)..])}. " + sentence;
            }

            if (withEmphasis && count == 1)
            {
                sentence = Emphasise(sentence, random);
            }

            if (withMath && count == 2)
            {
                sentence += $" In theory, the error decreases as {random.Pick(Vocabulary.MathSnippets)} when the budget grows.";
            }

            if (longer && count > 0 && text.Length + 1 + sentence.Length > LongMaxLength - LinkRoom)
            {
                break;
            }

            text.Append(count == breakAt ? "\n\n" : count > 0 ? " " : "").Append(sentence);
            count++;
        }

        if (withLink)
        {
            var url = codeUrl ?? $"https://github.com/{random.Pick(Vocabulary.Handles)}/{Lower(random.Pick(Vocabulary.Nouns)).Replace(' ', '-')}";
            text.Append(random.Chance(0.5) ? $" Code is available at [GitHub]({url})." : $" Code: <{url}>.");
        }

        return text.ToString();
    }

    private static string Method(Prng random) => random.Chance(0.5) ? random.Pick(Vocabulary.Methods) : $"*{random.Pick(Vocabulary.Methods)}*";

    private static string Emphasise(string sentence, Prng random)
    {
        var words = sentence.Split(' ');
        var at = random.Between(1, Math.Max(1, words.Length - 2));
        if (words[at].Any(c => c is '*' or '.' or ','))
        {
            return sentence;
        }

        words[at] = random.Chance(0.7) ? $"*{words[at]}*" : $"**{words[at]}**";
        return string.Join(' ', words);
    }

    private static string Percent(Prng random) => (random.Between(5, 400) / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Lower(string text) => text.ToLowerInvariant();
}
