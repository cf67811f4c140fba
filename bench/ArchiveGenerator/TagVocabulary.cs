namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// About 400 tags in order of popularity (rank 0 is the most used), and the ways people spell them.
/// Tags hold only letters, digits and single spaces, so Hugo's term URLs and PaperSite's slugs agree
/// and both sites get the same set of tag pages.
/// </summary>
internal static class TagVocabulary
{
    public const int Size = 400;

    private static readonly string[] Popular =
    [
        "llm", "reinforcement learning", "multimodal", "agents", "reasoning", "benchmark", "diffusion models",
        "computer vision", "nlp", "rag", "efficiency", "alignment", "code generation", "vlm", "rlhf",
        "machine unlearning", "continual learning", "interpretability", "safety", "video generation",
        "speech", "robotics", "graph neural networks", "moe", "quantization", "distillation", "long context",
        "retrieval", "evaluation", "dataset", "mathematics", "theorem proving", "privacy", "federated learning",
        "optimization", "scaling laws", "pretraining", "fine tuning", "instruction tuning", "tool use",
        "planning", "world models", "3d vision", "image editing", "text to image", "ocr", "asr", "tts",
        "recommendation", "time series", "medical imaging", "healthcare", "biology", "chemistry", "protein design",
        "climate", "finance", "law", "education", "multilingual", "low resource languages", "translation",
        "summarization", "question answering", "dialogue", "hallucination", "calibration", "uncertainty",
        "robustness", "adversarial attacks", "jailbreaking", "watermarking", "memorization", "catastrophic forgetting",
        "self supervised learning", "contrastive learning", "representation learning", "transformers",
        "attention", "state space models", "tokenization", "embeddings", "search", "test time compute",
        "chain of thought", "preference optimization", "reward modeling", "synthetic data", "data curation",
        "web agents", "gui agents", "embodied ai", "navigation", "manipulation", "autonomous driving",
        "point clouds", "segmentation", "object detection", "pose estimation", "audio generation", "music",
    ];

    private static readonly string[] Domains =
    [
        "medical", "legal", "financial", "scientific", "multilingual", "mobile", "edge", "clinical",
        "industrial", "educational", "biomedical", "geospatial", "satellite", "underwater", "wearable",
    ];

    private static readonly string[] Topics =
    [
        "question answering", "retrieval", "reasoning", "generation", "benchmarks", "agents", "segmentation",
        "summarization", "forecasting", "classification", "captioning", "translation", "dialogue", "search",
        "anomaly detection", "knowledge graphs", "document understanding", "speech recognition",
        "image synthesis", "data augmentation", "privacy",
    ];

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "llm", "nlp", "rag", "vlm", "rlhf", "moe", "ocr", "asr", "tts", "3d vision" };

    /// <summary>Canonical (lowercase) tags, most popular first.</summary>
    public static readonly IReadOnlyList<string> Tags = Build();

    /// <summary>
    /// One way a contributor might write <paramref name="tag"/>: "LLM" or "llm", "Reinforcement Learning",
    /// or with stray white space. All spellings of a tag are one tag on both sites.
    /// </summary>
    public static string Spell(string tag, Prng random)
    {
        if (Acronyms.Contains(tag) && random.Chance(0.5))
        {
            return tag.ToUpperInvariant().Replace("VISION", "vision", StringComparison.Ordinal);
        }

        var roll = random.NextDouble();
        if (roll < 0.06)
        {
            return string.Join(' ', tag.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
        }

        if (roll < 0.09)
        {
            return tag.Contains(' ', StringComparison.Ordinal) ? tag.Replace(" ", "  ", StringComparison.Ordinal) : $" {tag} ";
        }

        return tag;
    }

    private static List<string> Build()
    {
        var tags = new List<string>(Size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in Popular)
        {
            if (seen.Add(tag))
            {
                tags.Add(tag);
            }
        }

        // The long tail: every domain crossed with every topic, interleaved so no one domain dominates a rank range.
        for (var t = 0; t < Topics.Length && tags.Count < Size; t++)
        {
            for (var d = 0; d < Domains.Length && tags.Count < Size; d++)
            {
                var tag = $"{Domains[d]} {Topics[(t + d) % Topics.Length]}";
                if (seen.Add(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }
}
