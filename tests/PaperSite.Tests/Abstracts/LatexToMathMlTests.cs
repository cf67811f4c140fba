using System.Xml.Linq;
using CsCheck;
using PaperSite.Abstracts;

namespace PaperSite.Tests.Abstracts;

/// <summary>
/// The LaTeX-to-MathML converter, spec style: each row is a formula from a real abstract's vocabulary and
/// the MathML it must give (the children of &lt;math&gt;).
/// </summary>
public sealed class LatexToMathMlTests
{
    [Theory]
    [InlineData("x", "<mi>x</mi>")]
    [InlineData("x + 1", "<mi>x</mi><mo>+</mo><mn>1</mn>")]
    [InlineData("a - b = 3.14", "<mi>a</mi><mo>−</mo><mi>b</mi><mo>=</mo><mn>3.14</mn>")]
    [InlineData("x^2", "<msup><mi>x</mi><mn>2</mn></msup>")]
    [InlineData("x^12", "<msup><mi>x</mi><mn>1</mn></msup><mn>2</mn>")]
    [InlineData("x_{i+1}", "<msub><mi>x</mi><mrow><mi>i</mi><mo>+</mo><mn>1</mn></mrow></msub>")]
    [InlineData("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("x^2_i", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("f'(x)", "<msup><mi>f</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")]
    [InlineData("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>")]
    [InlineData("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>")]
    [InlineData("\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>")]
    [InlineData("\\alpha \\leq \\beta", "<mi>α</mi><mo>≤</mo><mi>β</mi>")]
    [InlineData("\\Omega", "<mi mathvariant=\"normal\">Ω</mi>")]
    [InlineData("n \\times m \\cdot k", "<mi>n</mi><mo>×</mo><mi>m</mi><mo>⋅</mo><mi>k</mi>")]
    [InlineData("x \\in \\mathbb{R}^d", "<mi>x</mi><mo>∈</mo><msup><mi>ℝ</mi><mi>d</mi></msup>")]
    [InlineData("\\mathbf{x}", "<mi>𝐱</mi>")]
    [InlineData("\\mathcal{O}(n)", "<mi>𝒪</mi><mo stretchy=\"false\">(</mo><mi>n</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\mathcal{L}", "<mi>ℒ</mi>")]
    [InlineData("\\mathbb{1}", "<mn>𝟙</mn>")]
    [InlineData("\\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")]
    [InlineData("\\mathrm{softmax}", "<mi>softmax</mi>")]
    [InlineData("\\sum_{i=1}^{n} x_i", "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>")]
    [InlineData("\\int_0^1 f", "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi>")]
    [InlineData("\\to \\infty", "<mo>→</mo><mi>∞</mi>")]
    [InlineData("\\log n", "<mi>log</mi><mo>&#x2061;</mo><mi>n</mi>")]
    [InlineData("\\lim_{n \\to \\infty}", "<munder><mo movablelimits=\"true\" form=\"prefix\">lim</mo><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder><mo>&#x2061;</mo>")]
    [InlineData("\\operatorname*{arg\\,max}_y", "<munder><mo movablelimits=\"true\" form=\"prefix\">arg max</mo><mi>y</mi></munder><mo>&#x2061;</mo>")]
    [InlineData("\\operatorname{soft max}", "<mi>softmax</mi><mo>&#x2061;</mo>")]
    [InlineData("\\operatorname{a$b}", null)]
    [InlineData("\\operatorname{KL}(p)", "<mi>KL</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>p</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("\\text{if } x > 0", "<mtext>if&#xA0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn>")]
    [InlineData("\\hat{y}", "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>")]
    [InlineData("\\left( \\frac{a}{b} \\right)", "<mrow><mo fence=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\">)</mo></mrow>")]
    [InlineData("\\left. x \\right|", "<mrow><mi>x</mi><mo fence=\"true\">|</mo></mrow>")]
    [InlineData("a < b", "<mi>a</mi><mo>&lt;</mo><mi>b</mi>")]
    [InlineData("\\{1, 2\\}", "<mo stretchy=\"false\">{</mo><mn>1</mn><mo>,</mo><mn>2</mn><mo stretchy=\"false\">}</mo>")]
    [InlineData("a \\, b", "<mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi>")]
    [InlineData("\\binom{n}{k}", "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>")]
    [InlineData("a \\not= b", "<mi>a</mi><mo>≠</mo><mi>b</mi>")]
    [InlineData("\\overset{\\text{def}}{=}", "<mover><mo>=</mo><mtext>def</mtext></mover>")]
    [InlineData("\\displaystyle x", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mi>x</mi></mstyle>")]
    [InlineData("{\\displaystyle x} y", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mi>x</mi></mstyle><mi>y</mi>")]
    [InlineData("x {\\small y} z", "<mi>x</mi><mstyle mathsize=\"0.9em\"><mi>y</mi></mstyle><mi>z</mi>")]
    [InlineData("\\Large x", "<mstyle mathsize=\"1.44em\"><mi>x</mi></mstyle>")]
    [InlineData("{\\small a \\large b}", "<mstyle mathsize=\"0.9em\"><mi>a</mi><mstyle mathsize=\"1.3333em\"><mi>b</mi></mstyle></mstyle>")]
    [InlineData("{\\rm L{\\small I}M{\\small E}}", "<mrow><mi mathvariant=\"normal\">L</mi><mstyle mathsize=\"0.9em\"><mi mathvariant=\"normal\">I</mi></mstyle><mi mathvariant=\"normal\">M</mi><mstyle mathsize=\"0.9em\"><mi mathvariant=\"normal\">E</mi></mstyle></mrow>")]
    [InlineData("\\smallint", "<mo>∫</mo>")]
    [InlineData("{\\rm d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")]
    [InlineData("{\\bf v} w", "<mi>𝐯</mi><mi>w</mi>")]
    [InlineData("\\boldsymbol{\\theta}", "<mi>𝜽</mi>")]
    [InlineData("\\mathbf{\\Sigma}", "<mi>𝚺</mi>")]
    [InlineData("\\mathbf{\\nabla}", "<mi>𝛁</mi>")]
    [InlineData("\\textbf{ab}", "<mtext>𝐚𝐛</mtext>")]
    [InlineData("\\sum\\limits_i", "<munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder>")]
    [InlineData("\\sum\\nolimits_i", "<msub><mo>∑</mo><mi>i</mi></msub>")]
    [InlineData("\\not\\subset", "<mo>⊄</mo>")]
    [InlineData("\\not\\perp", "<mo>⊥\u0338</mo>")]
    [InlineData("\\ket{0}", "<mrow><mo stretchy=\"false\">|</mo><mn>0</mn><mo stretchy=\"false\">⟩</mo></mrow>")]
    [InlineData("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "<mrow><mo fence=\"true\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo fence=\"true\">)</mo></mrow>")]
    [InlineData("\\begin{pmatrix} a \\end{bmatrix}", null)]
    [InlineData("\\xrightarrow{d}", "<mover><mo stretchy=\"true\">→</mo><mi>d</mi></mover>")]
    [InlineData("^2", "<msup><mrow></mrow><mn>2</mn></msup>")]
    [InlineData("50\\%", "<mn>50</mn><mo>%</mo>")]
    public void Converts_the_common_subset(string latex, string? expected)
    {
        var math = LatexToMathMl.TryConvert(latex, display: false);

        if (expected is null)
        {
            Assert.Null(math);
            return;
        }

        Assert.NotNull(math);
        var prefix = $"<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"";
        Assert.StartsWith(prefix, math);
        var body = math[(math.IndexOf("\">", StringComparison.Ordinal) + 2)..^"</math>".Length];
        Assert.Equal(expected, body);
    }

    [Fact]
    public void Display_math_is_a_block_and_keeps_its_source_as_alttext()
    {
        var math = LatexToMathMl.Render("a < b", display: true);

        Assert.Equal("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"a &lt; b\"><mi>a</mi><mo>&lt;</mo><mi>b</mi></math>", math);
    }

    [Theory]
    [InlineData("\\begin{tabular}{c} a \\end{tabular}")]
    [InlineData("a \\\\ b")]
    [InlineData("\\newcommand{\\x}{y}")]
    [InlineData("\\unknownmacro{x}")]
    [InlineData("x^")]
    [InlineData("x^a^b")]
    [InlineData("{x")]
    [InlineData("x}")]
    [InlineData("a & b")]
    [InlineData("\\left( x")]
    [InlineData("\\frac{a}")]
    [InlineData("a \\middle| b")]
    [InlineData("\\begin{pmatrix} a \\end{bmatrix}")]
    [InlineData("\\begin{pmatrix} a & b")]
    public void Anything_not_understood_falls_back_to_the_source_in_code(string latex)
    {
        Assert.Null(LatexToMathMl.TryConvert(latex, display: false));

        var shown = LatexToMathMl.Render(latex, display: false);

        Assert.StartsWith("<code class=\"math\">$", shown);
        Assert.EndsWith("$</code>", shown);
        Assert.Equal("$" + latex + "$", XElement.Parse(shown).Value);
    }

    [Theory]
    [InlineData("\\text{<script>alert(1)</script>}")]
    [InlineData("\\text{\" onload=\"alert(1)}")]
    [InlineData("\\operatorname{<b>}")]
    [InlineData("x < y & \\text{</math><script>}")]
    [InlineData("\\unknown{<img src=x onerror=alert(1)>}")]
    [InlineData("\"'><script>")]
    [InlineData("\\textcolor{\" onload=\"alert(1)}{x}")]
    [InlineData("\\color{red\" onload=\"x} y")]
    [InlineData("\\color{javascript:alert(1)} y")]
    [InlineData("\\eqref{<script>}")]
    public void Source_text_can_never_become_markup(string latex)
    {
        foreach (var display in new[] { false, true })
        {
            var html = LatexToMathMl.Render(latex, display);

            var element = XElement.Parse(html);
            Assert.DoesNotContain(element.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "img" or "b");
            Assert.All(element.DescendantsAndSelf().Attributes(), a => Assert.True(a.Name.LocalName is "xmlns" or "display" or "alttext" or "class" or "stretchy" or "mathvariant", $"unexpected attribute {a}"));
        }
    }

    [Fact]
    public void The_text_command_keeps_its_words()
    {
        var math = XElement.Parse(LatexToMathMl.Render("\\text{<script>alert(1)</script>}", display: false));

        Assert.Equal("<script>alert(1)</script>", math.Elements().Single().Value);
    }

    [Fact]
    public void Hostile_nesting_falls_back_instead_of_exhausting_the_stack()
    {
        var deep = new string('{', 100_000) + "x" + new string('}', 100_000);
        var fractions = string.Concat(Enumerable.Repeat("\\frac{1}{", 10_000)) + "x" + new string('}', 10_000);

        Assert.Null(LatexToMathMl.TryConvert(deep, display: false));
        Assert.Null(LatexToMathMl.TryConvert(fractions, display: false));
        Assert.NotNull(LatexToMathMl.TryConvert(new string('{', 20) + "x" + new string('}', 20), display: false));
    }

    private static readonly Dictionary<string, int> Arity = new(StringComparer.Ordinal)
    {
        ["msub"] = 2, ["msup"] = 2, ["mfrac"] = 2, ["mroot"] = 2, ["munder"] = 2, ["mover"] = 2,
        ["msubsup"] = 3, ["munderover"] = 3,
    };

    private static readonly HashSet<string> Elements =
    [
        "math", "mi", "mo", "mn", "mtext", "mrow", "mspace", "msqrt", "mstyle", "mtable", "mtr", "mtd", "mphantom", "mpadded", "menclose", "code", .. Arity.Keys,
    ];

    [Fact]
    public void Any_input_gives_well_formed_MathML_with_the_right_number_of_children()
    {
        var pieces = Gen.OneOf(
            "x", "y", "2", "3.5", "+", "-", "=", "<", ">", "&", "\"", "'", "(", ")", "[", "]", "{", "}", "^", "_", " ", "|",
            "\\frac", "\\sqrt", "\\alpha", "\\sum", "\\int", "\\lim", "\\left(", "\\right)", "\\left.", "\\right|", "\\text{a <b> }",
            "\\mathbf", "\\mathbb", "\\mathrm", "\\hat", "\\overset", "\\binom", "\\operatorname{KL}", "\\not", "\\in", "\\,",
            "\\\\", "\\", "\\unknown", "$", "%", "α", "😀", "\u0001", "\uD800",
            "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}", "\\end{cases}", "\\begin{array}{cl}", "\\end{array}",
            "\\substack{", "\\rm", "\\bf", "\\cal", "\\displaystyle", "\\limits", "\\nolimits", "\\ket", "\\braket",
            "\\xrightarrow", "\\xrightarrow[", "\\mathop", "\\pmod", "\\bmod", "\\boldsymbol", "\\textbf{", "\\underbrace",
            "\\Sigma", "\\nabla", "\\hline", "\\cr", "\\small", "\\Huge");
        Gen.Int[0, 24].SelectMany(n => pieces.Array[n]).Select(string.Concat).Sample(latex =>
        {
            foreach (var display in new[] { false, true })
            {
                var html = LatexToMathMl.Render(latex, display);
                var root = XElement.Parse(html);
                foreach (var element in root.DescendantsAndSelf())
                {
                    var name = element.Name.LocalName;
                    Assert.Contains(name, Elements);
                    if (Arity.TryGetValue(name, out var children))
                    {
                        Assert.Equal(children, element.Elements().Count());
                    }
                }
            }
        }, iter: 5_000);
    }
}
