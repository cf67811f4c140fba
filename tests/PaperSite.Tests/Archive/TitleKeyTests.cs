using PaperSite.Indexing;

namespace PaperSite.Tests.Archive;

/// <summary>The key near-identical titles are found by: case, accents and punctuation do not count; letters of any script do.</summary>
public sealed class TitleKeyTests
{
    [Theory]
    [InlineData("Attention Is All You Need!", "attention is all you need")]
    [InlineData("  attention -- is all,you need  ", "attention is all you need")]
    [InlineData("Ünïcode Títles", "unicode titles")]
    [InlineData("ΣΙΓΜΑ: Greek Capitals", "σιγμα greek capitals")]
    [InlineData("𝐀𝐁 Bold Letters", "𝐀𝐁 bold letters")]
    [InlineData("?!", "")]
    public void Case_accents_and_punctuation_do_not_count(string title, string key) =>
        Assert.Equal(key, SamePaper.TitleKey(title));
}
