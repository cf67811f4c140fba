using System.Text.Json;
using System.Xml.Linq;
using PaperSite.Abstracts;
using PaperSite.Testing;

namespace PaperSite.Tests.Abstracts;

/// <summary>Formulas in titles: MathML where markup can go, readable Unicode where it cannot.</summary>
public sealed class TitleMathTests
{
    private const string Alpha = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"\\alpha\"><mi>α</mi></math>";

    [Theory]
    [InlineData("\\alpha", "α")]
    [InlineData("x^2", "x²")]
    [InlineData("x_i", "xᵢ")]
    [InlineData("x_{ij}^{(2)}", "xᵢⱼ⁽²⁾")]
    [InlineData("e^{i\\pi}", "e^(iπ)")]
    [InlineData("O(n \\log n)", "O(n log n)")]
    [InlineData("\\frac{1}{2}", "1/2")]
    [InlineData("\\frac{a+b}{c}", "(a+b)/c")]
    [InlineData("\\sqrt{n}", "√n")]
    [InlineData("\\mathbb{R}^d", "ℝᵈ")]
    [InlineData("\\hat{y}", "y\u0302")]
    [InlineData("\\ell_1", "ℓ₁")]
    [InlineData("\\sum_{i=1}^n x_i", "∑ᵢ₌₁ⁿxᵢ")]
    [InlineData("10^{-3}", "10⁻³")]
    [InlineData("\\text{KL}", "KL")]
    [InlineData("\\ket{\\psi}", "|ψ⟩")]
    [InlineData("\\mymacro{x}", "\\mymacro{x}")]
    public void A_formula_reads_as_Unicode_text(string latex, string expected)
    {
        Assert.Equal(expected, MathText.Of(latex));
    }

    [Theory]
    [InlineData("$\\alpha$-divergence", "α-divergence")]
    [InlineData("Costs \\$5 and $5", "Costs $5 and $5")]
    [InlineData("Two $ signs $ apart", "Two $ signs $ apart")]
    [InlineData("Empty $$ here", "Empty $$ here")]
    [InlineData("No math", "No math")]
    [InlineData("$O(\\sqrt{T})$ regret for $K$ arms", "O(√T) regret for K arms")]
    public void Title_text_has_formulas_as_Unicode_and_dollars_as_dollars(string title, string expected)
    {
        Assert.Equal(expected, TitleMath.ToText(title));
    }

    [Fact]
    public void Title_HTML_has_formulas_as_MathML_and_text_escaped()
    {
        Assert.Equal(Alpha + "-divergence &lt;b&gt;", TitleMath.ToHtml("$\\alpha$-divergence <b>"));
        Assert.Equal("<code class=\"math\">$\\nope$</code> &amp; co", TitleMath.ToHtml("$\\nope$ & co"));
    }

    [Fact]
    public void A_title_with_math_shows_as_math_on_pages_and_as_text_where_markup_cannot_go()
    {
        using var site = TestSite.Create("""
            -- input/papers/t.yaml --
            title: '$\alpha$-divergence bounds in $O(n^2)$ for \$5'
            date: 2025-10-10
            abstract: Text.
            authors: [Ada Lovelace]
            """);

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        const string text = "α-divergence bounds in O(n²) for $5";
        var page = site.Output("papers/t/index.html");
        Assert.Contains($"<h1>{Alpha}-divergence bounds in <math", page);
        Assert.Contains($"<title>{text} · Test Archive</title>", page);
        Assert.Contains($"<meta name=\"citation_title\" content=\"{text}\">", page);
        Assert.Contains($"<meta property=\"og:title\" content=\"{text}\">", page);
        Assert.Contains("title = {{α-divergence bounds in O(n²) for \\$5}}", page);
        Assert.Contains($"{Alpha}-divergence", site.Output("index.html"));

        Assert.Equal(text, XDocument.Parse(site.Output("feed.xml")).Descendants("item").Single().Element("title")!.Value);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(text, XDocument.Parse(site.Output("atom.xml")).Descendants(atom + "entry").Single().Element(atom + "title")!.Value);
        using var json = JsonDocument.Parse(site.Output("feed.json"));
        Assert.Equal(text, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void An_unknown_macro_in_a_title_is_a_warning_on_the_title()
    {
        using var site = TestSite.Create("""
            -- input/papers/t.yaml --
            title: 'Mass of $\msun$'
            date: 2025-10-10
            abstract: Text.
            """);

        var result = site.Build();

        Assert.Contains("input/papers/t.yaml(1,18): warning PS0119: the formula '\\msun' in 'title' is shown as its LaTeX source", DiagnosticText.Of(result.Diagnostics));
    }
}
