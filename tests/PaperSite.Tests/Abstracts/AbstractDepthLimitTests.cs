using PaperSite.Abstracts;

namespace PaperSite.Tests.Abstracts;

/// <summary>
/// Markdig refuses Markdown nested past its depth limit with an <see cref="ArgumentException"/>. That, and only that,
/// is a problem of the record ("nested too deeply"); any other exception is a fault to report as one, never a
/// contributor's mistake with the wrong cause.
/// </summary>
public sealed class AbstractDepthLimitTests
{
    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    [InlineData("- ")]
    public void Input_past_markdigs_depth_limit_is_a_problem_of_the_record(string opener)
    {
        var rendered = AbstractRenderer.TryRender(string.Concat(Enumerable.Repeat(opener, 2_000)) + "x", out var problem);

        Assert.Null(rendered);
        Assert.Equal("the Markdown is nested too deeply (quotes, lists, brackets or emphasis inside each other more than about 128 levels)", problem);
    }

    [Fact]
    public void Only_markdigs_own_depth_refusal_counts_as_nesting()
    {
        var fromMarkdig = Assert.ThrowsAny<ArgumentException>(() => AbstractRenderer.Render(new string('>', 2_000) + "x"));

        Assert.True(AbstractRenderer.IsDepthLimit(fromMarkdig));
        Assert.False(AbstractRenderer.IsDepthLimit(new ArgumentException("Value does not fall within the expected range.")));
        Assert.False(AbstractRenderer.IsDepthLimit(new ArgumentOutOfRangeException("index")));
        Assert.False(AbstractRenderer.IsDepthLimit(new ArgumentException(fromMarkdig.Message)));
    }
}
