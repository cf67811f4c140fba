using PaperSite.Abstracts;

namespace PaperSite.Tests.Abstracts;

/// <summary>
/// Abstracts are CommonMark plus math. Abstracts are full of '^', '~', '+' and '=' outside formulas
/// ("x^2 and y^2 grow", "~10 ms"), so no extension may read them as sub-, superscript, strike-through,
/// insert or mark syntax.
/// </summary>
public sealed class AbstractSyntaxTests
{
    [Theory]
    [InlineData("x^2 and y^2 grow", "<p>x^2 and y^2 grow</p>")]
    [InlineData("takes ~10 ms and ~20 ms", "<p>takes ~10 ms and ~20 ms</p>")]
    [InlineData("H~2~O", "<p>H~2~O</p>")]
    [InlineData("~~not struck~~", "<p>~~not struck~~</p>")]
    [InlineData("a ++b++ c", "<p>a ++b++ c</p>")]
    [InlineData("a ==b== c", "<p>a ==b== c</p>")]
    public void Carets_tildes_pluses_and_equals_signs_read_as_written(string markdown, string html)
    {
        Assert.Equal(html, AbstractRenderer.ToHtml(markdown));
    }

    [Fact]
    public void CommonMark_emphasis_and_math_still_work()
    {
        var html = AbstractRenderer.ToHtml("*a* **b** _c_ and $x^2$");

        Assert.StartsWith("<p><em>a</em> <strong>b</strong> <em>c</em> and <math", html, StringComparison.Ordinal);
        Assert.Contains("<msup>", html, StringComparison.Ordinal);
    }
}
