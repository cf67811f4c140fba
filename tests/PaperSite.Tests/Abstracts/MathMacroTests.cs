using PaperSite.Abstracts;

namespace PaperSite.Tests.Abstracts;

/// <summary>The site's math_macros inside the converter: arguments, recursion stopped, unknown commands named.</summary>
public sealed class MathMacroTests
{
    private static readonly MathMacros Macros = new([
        new MathMacro("msun", "M_\\odot", 0),
        new MathMacro("norm", "\\left\\lVert #1 \\right\\rVert", 1),
        new MathMacro("inner", "\\langle #1, #2 \\rangle", 2),
        new MathMacro("R", "\\mathbb{R}", 0),
        new MathMacro("vect", "\\mathbf{#1}", 1),
        new MathMacro("ouch", "\\ouch x", 0),
        new MathMacro("grow", "\\grow\\grow", 0),
        new MathMacro("wide", new string('x', 100) + "\\wide", 0),
    ]);

    [Theory]
    [InlineData("10^9\\,\\msun", "<msup><mn>10</mn><mn>9</mn></msup><mspace width=\"0.1667em\"></mspace><msub><mi>M</mi><mo>⊙</mo></msub>")]
    [InlineData("\\norm{x+y}", "<mrow><mo fence=\"true\">‖</mo><mi>x</mi><mo>+</mo><mi>y</mi><mo fence=\"true\">‖</mo></mrow>")]
    [InlineData("\\inner{u}{v}", "<mo stretchy=\"false\">⟨</mo><mi>u</mi><mo>,</mo><mi>v</mi><mo stretchy=\"false\">⟩</mo>")]
    [InlineData("\\inner u v", "<mo stretchy=\"false\">⟨</mo><mi>u</mi><mo>,</mo><mi>v</mi><mo stretchy=\"false\">⟩</mo>")]
    [InlineData("x \\in \\R^d", "<mi>x</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>d</mi></msup>")]
    [InlineData("\\vect{\\theta}", "<mi>𝛉</mi>")]
    [InlineData("\\vect x_i", "<msub><mi>𝐱</mi><mi>i</mi></msub>")]
    public void A_macro_expands_with_its_arguments(string latex, string expected)
    {
        var math = LatexToMathMl.TryConvert(latex, display: false, Macros);

        Assert.NotNull(math);
        Assert.EndsWith(">" + expected + "</math>", math);
        Assert.Contains($"alttext=\"{PaperSite.Rendering.Escaping.Html(latex)}\"", math);
    }

    [Theory]
    [InlineData("\\ouch", "expanded more than 500 times")]
    [InlineData("a + \\grow", "expanded more than 500 times")]
    [InlineData("\\wide", "longer than 20,000 characters")]
    public void A_macro_that_calls_itself_is_stopped_and_named(string latex, string problem)
    {
        var conversion = LatexToMathMl.Convert(latex, display: false, Macros);

        Assert.Null(conversion.Markup);
        Assert.Contains(problem, conversion.MacroProblem);
        Assert.Contains(latex.TrimStart('a', ' ', '+'), conversion.MacroProblem);
    }

    [Fact]
    public void An_unknown_command_is_named_and_the_formula_falls_back()
    {
        var conversion = LatexToMathMl.Convert("\\kms + \\msun", display: false, Macros);

        Assert.Null(conversion.Markup);
        Assert.Equal("kms", conversion.UnknownCommand);
        Assert.Null(conversion.MacroProblem);
    }

    [Fact]
    public void A_missing_argument_falls_back()
    {
        Assert.Null(LatexToMathMl.TryConvert("\\inner{u}", display: false, Macros));
    }

    [Fact]
    public void Without_macros_a_site_macro_is_unknown()
    {
        Assert.Equal("msun", LatexToMathMl.Convert("\\msun", display: false).UnknownCommand);
    }

    [Theory]
    [InlineData("x", 0)]
    [InlineData("#1 + #2", 2)]
    [InlineData("#3", 3)]
    [InlineData("## #1", 1)]
    [InlineData("#x", null)]
    [InlineData("a #", null)]
    public void Arity_is_the_highest_argument_number(string expansion, int? arity)
    {
        Assert.Equal(arity, MathMacros.ArityOf(expansion));
    }
}
