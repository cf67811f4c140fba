using PaperSite.Search;

namespace PaperSite.Tests.Search;

/// <summary>The index (C#) and the reader's query (JavaScript) must cut and stem words alike, or a word would be indexed under one term and looked up under another.</summary>
public sealed class SearchTextTests
{
    /// <summary>Case, accents folded as tags are, ligatures, combining marks, punctuation, other scripts, stemming edge cases.</summary>
    private static readonly string[] TrickyWords =
    [
        "Models", "modeling", "modelling", "modeled", "embeddings", "embedding", "embedded", "studies", "classes", "status", "analysis",
        "bias", "uses", "need", "feed", "thing", "string", "bring", "being", "running", "stopped", "ties", "flies", "news", "focus",
        "Über", "Sätze", "naïve", "Æsir", "straße", "Łódź", "Ørsted", "İstanbul", "ﬁne", "e\u0301tude", "Ş", "ẘ",
        "self-supervised", "GPT-4o", "3D", "10,000", "x86_64", "C++", "résumé's", "Привет", "中文", "😀emoji", "ABC123s",
        "a", "an", "the", "ai", "LLMs", "transformers", "attention", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ];

    [Fact]
    public void The_script_makes_the_same_terms_as_the_index_of_every_tricky_word()
    {
        var script = SearchClient.Terms(TrickyWords);

        for (var i = 0; i < TrickyWords.Length; i++)
        {
            Assert.Equal(SearchText.Terms(TrickyWords[i]), script[i]);
        }
    }

    [Theory]
    [InlineData("Models", "model")]
    [InlineData("modeling", "model")]
    [InlineData("embeddings", "embed")]
    [InlineData("studies", "study")]
    [InlineData("Über", "uber")]
    [InlineData("naïve", "naive")]
    [InlineData("analysis", "analysis")]
    [InlineData("string", "string")]
    public void Words_fold_and_stem_lightly(string word, string term) =>
        Assert.Equal([term], SearchText.Terms(word));

    [Fact]
    public void Punctuation_and_other_scripts_separate_words()
    {
        Assert.Equal(["self", "supervis"], SearchText.Terms("self-supervised"));
        Assert.Equal(["gpt", "4o"], SearchText.Terms("GPT-4o"));
        Assert.Equal(["emoji"], SearchText.Terms("中文 😀emoji"));
    }

    [Fact]
    public void Runs_longer_than_a_term_are_left_out_whole_and_the_words_around_them_kept()
    {
        var forty = new string('q', SearchText.MaxTermLength);
        var fortyOne = new string('r', SearchText.MaxTermLength + 1);

        Assert.Equal(["lead", forty, "tail"], SearchText.Terms($"lead {forty} tail"));
        Assert.Equal(["lead", "tail"], SearchText.Terms($"lead {fortyOne} tail"));
        // A folded accent continues the run it follows: the long run takes the é with it.
        Assert.Equal(["lead", "tail"], SearchText.Terms($"lead\0{fortyOne.ToUpperInvariant()}\u00e9-tail"));
        Assert.Equal(["end"], SearchText.Terms($"{fortyOne}-end"));
    }

    [Fact]
    public void Numbers_round_trip_through_the_text_encoding()
    {
        var values = new[] { 0, 1, 31, 32, 1023, 1024, 65_535, 1_000_000, int.MaxValue };
        var text = new System.Text.StringBuilder();
        foreach (var value in values)
        {
            VarintText.Append(text, value);
        }

        Assert.Equal(values, VarintText.Read(text.ToString()));
        Assert.Equal(1, text.ToString(0, 1).Length);
    }
}
