using PaperSite.Model;
using PaperSite.Text;

namespace PaperSite.Tests.Records;

/// <summary>A paper keeps its abstract's HTML and text as UTF-8 (CompactText) and gives them back as they were given; papers still compare by value.</summary>
public sealed class CompactAbstractTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII text.")]
    [InlineData("Mixed: α-divergence, 東京, emoji 🧪, combining é, and a lone surrogate-free string.")]
    public void Text_comes_back_as_it_went_in(string text)
    {
        Assert.Equal(text, new CompactText(text).ToString());
        Assert.Equal(text, Paper(text).AbstractHtml);
    }

    [Fact]
    public void Papers_with_the_same_abstract_are_equal_and_with_another_are_not()
    {
        Assert.Equal(Paper("The <em>same</em>."), Paper("The <em>same</em>."));
        Assert.Equal(Paper("x").GetHashCode(), Paper("x").GetHashCode());
        Assert.NotEqual(Paper("The <em>same</em>."), Paper("Another."));
    }

    private static Paper Paper(string html) => new()
    {
        Id = "a",
        Title = "A",
        Date = new DateOnly(2025, 10, 10),
        AbstractHtml = html,
        AbstractText = html,
        SourcePath = "input/papers/a.yaml",
    };
}
