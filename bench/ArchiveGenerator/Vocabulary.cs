namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>The words synthetic papers are made of: enough variety that titles, abstracts and names look like a real listing.</summary>
internal static class Vocabulary
{
    public static readonly string[] TitleOpenings =
    [
        "Towards", "Rethinking", "Understanding", "Revisiting", "Scaling", "Learning", "Beyond", "Efficient",
        "Robust", "Unified", "On the Limits of", "A Benchmark for", "What Makes", "When Do", "Taming",
        "Demystifying", "Probing", "Training", "Aligning", "Evaluating", "Improving", "Unlocking",
        "Distilling", "Measuring", "Steering", "Compressing", "Grounding", "Accelerating",
    ];

    public static readonly string[] Adjectives =
    [
        "Sparse", "Multimodal", "Continual", "Scalable", "Causal", "Contrastive", "Generative", "Adaptive",
        "Hierarchical", "Federated", "Differentiable", "Lightweight", "Self-Supervised", "Interpretable",
        "Long-Context", "Agentic", "Diffusion", "Compositional", "Bayesian", "Latent", "Multilingual",
        "Private", "Verifiable", "Efficient", "Robust", "Open", "Embodied", "Temporal", "Structured",
        "Instruction-Tuned", "Quantized", "Retrieval-Augmented", "Geometric", "Neural", "Synthetic",
        "Offline", "Zero-Shot", "Few-Shot", "Cross-Lingual", "Autoregressive",
    ];

    public static readonly string[] Nouns =
    [
        "Transformers", "Language Models", "Reasoning", "Agents", "Representations", "Attention", "Policies",
        "Reward Models", "Embeddings", "Retrieval", "Memory", "Planning", "Tokenizers", "Experts",
        "Video Generation", "Speech Recognition", "Graph Networks", "World Models", "Benchmarks",
        "Preference Optimization", "Unlearning", "Forgetting", "Alignment", "Distillation", "Pretraining",
        "Fine-Tuning", "Decoding", "Search", "Tool Use", "Code Generation", "Theorem Proving",
        "Image Editing", "Segmentation", "Point Clouds", "Molecules", "Proteins", "Time Series",
        "Recommendation", "Navigation", "Manipulation", "Watermarking", "Hallucination", "Calibration",
    ];

    public static readonly string[] Connectors = ["for", "in", "with", "via", "under", "across", "from", "without", "through"];

    public static readonly string[] Endings = ["Revisited", "Reconsidered", "Explained", "Matters", "Unleashed"];

    public static readonly string[] Methods =
    [
        "a two-stage training framework", "a lightweight adapter", "a contrastive objective", "a mixture of experts",
        "a curriculum of synthetic tasks", "a reward model trained on pairwise preferences", "a retrieval module",
        "a sparse attention pattern", "a diffusion prior", "a memory-efficient optimizer", "a verifier-guided search",
        "an iterative self-refinement loop", "a token-level routing scheme", "a hierarchical planner",
    ];

    public static readonly string[] Tasks =
    [
        "long-horizon planning", "open-domain question answering", "mathematical reasoning", "code repair",
        "multilingual translation", "video understanding", "robotic manipulation", "document retrieval",
        "theorem proving", "image captioning", "speech synthesis", "protein design", "weather forecasting",
        "tabular prediction", "instruction following", "visual grounding", "machine unlearning",
    ];

    public static readonly string[] Datasets =
    [
        "MMLU", "GSM8K", "HumanEval", "ImageNet", "COCO", "LibriSpeech", "MATH", "ARC", "BigBench",
        "SWE-bench", "WebArena", "Kinetics", "ScanNet", "AlpacaEval", "MT-Bench", "TruthfulQA",
    ];

    public static readonly string[] Metrics = ["accuracy", "F1", "win rate", "pass@1", "BLEU", "exact match", "mean reciprocal rank", "success rate"];

    public static readonly string[] MathSnippets =
    [
        "$x^2$", "$O(n \\log n)$", "$\\alpha = 0.5$", "$\\mathcal{O}(\\sqrt{T})$", "$k \\ll n$",
        "$p(y \\mid x)$", "$\\epsilon$", "$L_2$", "$d^{-1/2}$", "$\\lambda \\to 0$",
    ];

    public static readonly string[] FirstNames =
    [
        "Ada", "Alan", "Wei", "Yuki", "Priya", "Mateo", "Amara", "Lars", "Sofia", "Chen", "Olga", "Ravi",
        "Fatima", "Jonas", "Mei", "Tariq", "Elena", "Kwame", "Hana", "Diego", "Ines", "Arjun", "Zara",
        "Noah", "Lina", "Oskar", "Aiko", "Samir", "Leila", "Pavel", "Grace", "Tomás", "Nadia", "Kenji",
        "Emma", "Ibrahim", "Marta", "Hugo", "Yara", "Felix", "Ananya", "Luca", "Sara", "Min-jun", "Chloé",
        "Bjørn", "Zhang", "Irene", "Omar", "Julia",
    ];

    public static readonly string[] Surnames =
    [
        "Lovelace", "Turing", "Zhang", "Tanaka", "Sharma", "García", "Okafor", "Nilsson", "Rossi", "Li",
        "Ivanova", "Patel", "Haddad", "Müller", "Wang", "Khan", "Popescu", "Mensah", "Kim", "Fernández",
        "Silva", "Gupta", "Ahmed", "Johansson", "Chen", "Novak", "Sato", "Hassan", "Kowalski", "Dubois",
        "Liu", "Nakamura", "Costa", "Schmidt", "Yılmaz", "O'Brien", "Andersen", "Moreau", "Park", "Singh",
        "Huang", "Kovács", "Bianchi", "Nguyen", "Petrov", "Santos", "Yamamoto", "Eriksson", "Rahman", "Wu",
    ];

    public static readonly string[] Affiliations =
    [
        "University of Manchester", "ETH Zürich", "Tsinghua University", "Stanford University", "MIT",
        "University of Tokyo", "EPFL", "Carnegie Mellon University", "University of Oxford", "KAIST",
        "Mila", "University of Toronto", "Max Planck Institute for Intelligent Systems", "Peking University",
        "University of Cambridge", "UC Berkeley", "National University of Singapore", "Inria",
        "University of Edinburgh", "Seoul National University", "TU München", "University of Amsterdam",
    ];

    public static readonly string[] Organizations =
    [
        "Google DeepMind", "Meta AI", "Microsoft Research", "Amazon", "NVIDIA", "Alibaba", "ByteDance",
        "Apple", "IBM Research", "Hugging Face", "Allen Institute for AI", "Baidu", "Tencent", "Salesforce",
        "Samsung", "Sony AI", "Adobe", "Mistral AI", "Cohere", "Anthropic", "OpenAI", "Naver",
    ];

    public static readonly string[] Handles =
    [
        "akhaliq", "taesiri", "nielsr", "osanseviero", "julien-c", "lhoestq", "ybelkada", "merve",
        "clefourrier", "sayakpaul", "reach-vb", "mishig", "lewtun", "thomwolf", "abidlabs",
    ];
}
