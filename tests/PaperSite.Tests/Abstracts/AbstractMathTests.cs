using PaperSite.Abstracts;
using PaperSite.Testing;

namespace PaperSite.Tests.Abstracts;

public sealed class AbstractMathTests
{
    [Fact]
    public void Inline_math_becomes_MathML()
    {
        var html = AbstractRenderer.ToHtml("Loss $\\mathcal{L} = x^2$ drops.");

        Assert.Equal(
            "<p>Loss <math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"\\mathcal{L} = x^2\"><mi>ℒ</mi><mo>=</mo><msup><mi>x</mi><mn>2</mn></msup></math> drops.</p>",
            html);
    }

    [Fact]
    public void Double_dollars_and_math_blocks_are_display_math()
    {
        Assert.Contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"a\"><mi>a</mi></math>", AbstractRenderer.ToHtml("See $$a$$ here."));
        Assert.Contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"\\sum_i x_i\">", AbstractRenderer.ToHtml("Block:\n\n$$\n\\sum_i x_i\n$$\n\nafter"));
    }

    [Fact]
    public void A_formula_the_converter_does_not_know_is_shown_as_its_source()
    {
        var html = AbstractRenderer.ToHtml("We use $\\mymacro{x} < 1$.");

        Assert.Equal("<p>We use <code class=\"math\">$\\mymacro{x} &lt; 1$</code>.</p>", html);
    }

    [Fact]
    public void Plain_text_keeps_the_formula_source_between_dollar_signs()
    {
        Assert.Equal("Loss $x^2$ drops and $$y$$ too.", AbstractRenderer.ToPlainText("Loss $x^2$ drops and $$y$$ too."));
    }

    [Fact]
    public void Pages_show_formulas_as_MathML()
    {
        using var site = TestSite.Create("""
            -- input/papers/m.yaml --
            title: Math
            date: 2025-10-10
            abstract: 'Bound $O(\sqrt{n})$ holds.'
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("<msqrt><mi>n</mi></msqrt>", site.Output("papers/m/index.html"));
    }
}
