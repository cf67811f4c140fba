using System.Diagnostics;
using System.Xml.Linq;
using CsCheck;
using PaperSite.Abstracts;

namespace PaperSite.Tests.Properties;

/// <summary>
/// The LaTeX-to-MathML converter on generated input: it never throws, what it writes is well-formed MathML inside
/// a well-formed XHTML document, a formula it cannot convert is shown whole as its source, and deeply nested or
/// huge input (with or without macros that call themselves) is decided quickly.
/// </summary>
public sealed class MathProperties
{
    private const string MathMl = "http://www.w3.org/1998/Math/MathML";

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(
            "x", "2", "3.5", "+", "-", "=", "<", ">", "&", "\"", "'", "(", ")", "[", "]", "{", "}", "^", "_", " ", "|", "\\\\", "\\", "#1",
            "\\frac", "\\sqrt", "\\sqrt[", "\\alpha", "\\Sigma", "\\nabla", "\\sum", "\\int", "\\lim", "\\left(", "\\right)", "\\middle|",
            "\\text{a <b> }", "\\textbf{", "\\mathbf", "\\boldsymbol", "\\mathbb", "\\mathrm", "\\rm", "\\bf", "\\cal", "\\hat",
            "\\overrightarrow", "\\underbrace", "\\overset", "\\binom", "\\operatorname{KL}", "\\not", "\\in", "\\,", "\\limits",
            "\\nolimits", "\\displaystyle", "\\scriptstyle", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}", "\\end{cases}",
            "\\begin{array}{c|l}", "\\end{array}", "\\begin{aligned}", "\\end{aligned}", "\\hline", "\\substack{", "\\ket", "\\braket",
            "\\xrightarrow", "\\xleftarrow[", "\\mathop", "\\pmod", "\\bmod", "\\mod", "\\unknown", "\\m", "\\pair", "\\loop",
            "\\twice", "$", "%", "α", "😀", "\u0001", "\uD800", "\uFFFE", "]]>", "<!--"),
        Gen.Char[' ', '~'].Select(c => c.ToString()));

    private static readonly Gen<string> Formula = Gen.Int[0, 30].SelectMany(n => Piece.Array[n]).Select(string.Concat);

    /// <summary>Macros as a site could define them: with arguments, one calling itself, two doubling each other.</summary>
    private static readonly MathMacros Macros = new([
        new MathMacro("m", "M_{\\odot}", 0),
        new MathMacro("pair", "\\left(#1, #2\\right)", 2),
        new MathMacro("loop", "x\\loop", 0),
        new MathMacro("twice", "\\twice\\twice", 0),
    ]);

    [Fact]
    public void Every_formula_is_well_formed_MathML_inside_well_formed_XHTML_or_its_whole_source()
    {
        Gen.Select(Formula, Gen.Bool, Gen.Bool).Sample((latex, display, withMacros) =>
        {
            var html = LatexToMathMl.Render(latex, display, withMacros ? Macros : null);

            var page = XDocument.Parse($"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Before {html} after.</p></body></html>");
            var shown = page.Root!.Descendants().Single(e => e.Name.LocalName == "p").Elements().Single();
            if (shown.Name == XName.Get("math", MathMl))
            {
                Assert.All(shown.DescendantsAndSelf(), e => Assert.Equal(MathMl, e.Name.NamespaceName));
                Assert.Equal(PaperSite.Rendering.Escaping.RemoveForbidden(latex.Trim()), shown.Attribute("alttext")?.Value);
                Assert.Equal(display ? "block" : null, shown.Attribute("display")?.Value);
            }
            else
            {
                // Not converted: shown whole, never dropped (less what XML cannot carry at all).
                Assert.Equal("code", shown.Name.LocalName);
                var delimiter = display ? "$$" : "$";
                Assert.Equal(delimiter + PaperSite.Rendering.Escaping.RemoveForbidden(latex.Trim()) + delimiter, shown.Value);
            }
        }, iter: 20_000);
    }

    /// <summary>Each <c>\not</c> nests a call: a record of thousands of them once overflowed the stack and killed the build.</summary>
    [Theory]
    [InlineData(100)]
    [InlineData(20_000)]
    public void A_long_chain_of_negations_is_decided_without_exhausting_the_stack(int count)
    {
        var latex = string.Concat(Enumerable.Repeat("\\not", count)) + "=";

        var html = LatexToMathMl.Render(latex, display: false, Macros);

        Assert.NotEmpty(html);
    }

    [Fact]
    public void Deep_or_huge_formulas_are_decided_within_their_time_budget()
    {
        var opener = Gen.OneOf("{", "\\frac{", "\\sqrt{", "\\left(", "\\begin{pmatrix}", "\\text{", "\\substack{", "x^{", "\\mathbf{", "\\ket{", "\\pair{");
        var deep = Gen.Select(opener, Gen.Int[1, 20_000]).Select((open, depth) => string.Concat(Enumerable.Repeat(open, depth)) + "x" + new string('}', depth));
        var wide = Gen.Select(Piece, Gen.Int[1, 20_000]).Select((piece, count) => string.Concat(Enumerable.Repeat(piece, count)));
        var macroBomb = Gen.Int[1, 5_000].Select(n => string.Concat(Enumerable.Repeat("\\twice\\loop\\pair{\\m}{\\m}", n)));

        Gen.OneOf(deep, wide, macroBomb).Sample(latex =>
        {
            var clock = Stopwatch.StartNew();
            var html = LatexToMathMl.Render(latex, display: false, Macros);
            clock.Stop();

            Assert.NotEmpty(html);
            // Linear work on 100,000 characters takes milliseconds; a quadratic path would take minutes.
            Assert.True(clock.ElapsedMilliseconds < 2_000, $"{latex.Length} characters took {clock.ElapsedMilliseconds} ms");
        }, iter: 60, threads: 1);
    }
}
