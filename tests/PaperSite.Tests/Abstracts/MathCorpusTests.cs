using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperSite.Abstracts;

namespace PaperSite.Tests.Abstracts;

/// <summary>
/// 846 formulas (<c>MathCorpus/*.tex</c>, each file saying where its formulas come from), each compared with
/// the MathML kept beside it (<c>MathCorpus/*.mathml</c>), so any change in what a formula becomes shows as a
/// diff in review. 350 of them are real: <c>real-abstracts.tex</c> takes them as their authors wrote them from
/// abstracts kept in public repositories and pages (arXiv's metadata snapshot, astro-ph and quant-ph listings,
/// arXiv abstract pages, one NeurIPS page), naming the source and the paper of each. The other 496 are
/// written in the notation of such abstracts: machine learning (<c>ml</c>), physics and astronomy
/// (<c>physics</c>) and every construct the converter covers (<c>constructs</c>). PaperSite converts 832 of the
/// 846 and 340 of the 350; Temml 822 and 336, or 830 and 340 given the same astronomy macros. The 10 real ones
/// left are authors' own macros nobody can know (<c>\Q</c>, <c>\XQM</c>, <c>\lam</c>, <c>\cla</c>, <c>\F</c>,
/// <c>\si</c>). After an intended change, rewrite them with
/// <c>UPDATE_GOLDEN=1 dotnet test --filter MathCorpusTests</c> (the run that rewrites them fails, so it cannot
/// pass for that reason), read the diff, and run again. <c>bench/math/compare-temml.mjs</c> runs Temml on
/// the same corpus.
/// </summary>
public sealed class MathCorpusTests
{
    public static TheoryData<string> Files => [.. MathCorpus.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_formula_gives_its_golden_MathML(string file)
    {
        var actual = new StringBuilder();
        foreach (var (latex, display) in MathCorpus.Formulas(file))
        {
            var html = LatexToMathMl.Render(latex, display, MathCorpus.Macros);
            XElement.Parse(html);
            actual.Append(display ? "%% " : "% ").Append(latex).Append('\n').Append(html).Append("\n\n");
        }

        var golden = Path.Combine(MathCorpus.Folder, file + ".mathml");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual.ToString());
            Assert.Fail($"{golden} was rewritten; read its diff and run the tests again without UPDATE_GOLDEN.");
        }

        Assert.True(File.Exists(golden), $"{golden} does not exist; create it with UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual.ToString());
    }

    [Fact]
    public void The_corpus_holds_at_least_300_formulas_and_converts_nearly_all()
    {
        var formulas = MathCorpus.All.ToList();
        var converted = formulas.Count(f => LatexToMathMl.TryConvert(f.Latex, f.Display, MathCorpus.Macros) is not null);

        Assert.True(formulas.Count >= 300, $"only {formulas.Count} formulas");
        Assert.True(converted >= formulas.Count * 0.98, $"{converted} of {formulas.Count} converted");
    }

    /// <summary>Each construct the converter is meant to cover is in the corpus, and every formula using it converts.</summary>
    [Theory]
    [InlineData(@"\rm")]
    [InlineData(@"\bf")]
    [InlineData(@"\cal")]
    [InlineData(@"\it")]
    [InlineData(@"\sf")]
    [InlineData(@"\tt")]
    [InlineData(@"\pmod")]
    [InlineData(@"\bmod")]
    [InlineData(@"\mod")]
    [InlineData(@"\lesssim")]
    [InlineData(@"\gtrsim")]
    [InlineData(@"\lessapprox")]
    [InlineData(@"\gtrapprox")]
    [InlineData(@"\begin{matrix}")]
    [InlineData(@"\begin{pmatrix}")]
    [InlineData(@"\begin{bmatrix}")]
    [InlineData(@"\begin{vmatrix}")]
    [InlineData(@"\begin{Vmatrix}")]
    [InlineData(@"\begin{cases}")]
    [InlineData(@"\begin{aligned}")]
    [InlineData(@"\begin{array}")]
    [InlineData(@"\substack")]
    [InlineData(@"\ket")]
    [InlineData(@"\bra")]
    [InlineData(@"\braket")]
    [InlineData(@"\xrightarrow")]
    [InlineData(@"\xleftarrow")]
    [InlineData(@"\mathop")]
    [InlineData(@"\lbrack")]
    [InlineData(@"\rbrack")]
    [InlineData(@"\Longleftrightarrow")]
    [InlineData(@"\not")]
    [InlineData(@"\mathring")]
    [InlineData(@"\overrightarrow")]
    [InlineData(@"\overleftarrow")]
    [InlineData(@"\hslash")]
    [InlineData(@"\square")]
    [InlineData(@"\checkmark")]
    [InlineData(@"\S")]
    [InlineData(@"\boldsymbol")]
    [InlineData(@"\bm")]
    [InlineData(@"\mathbf{\Sigma}")]
    [InlineData(@"\mathbf{\nabla}")]
    [InlineData(@"\textsf")]
    [InlineData(@"\texttt")]
    [InlineData(@"\textbf")]
    [InlineData(@"\textit")]
    [InlineData(@"\limits")]
    [InlineData(@"\nolimits")]
    [InlineData(@"\displaystyle")]
    [InlineData(@"\msun")]
    [InlineData(@"\kms")]
    public void Every_listed_construct_is_in_the_corpus_and_converts(string construct)
    {
        var pattern = new Regex(Regex.Escape(construct) + (char.IsAsciiLetter(construct[^1]) ? "(?![A-Za-z])" : ""));
        var using_ = MathCorpus.All.Where(f => pattern.IsMatch(f.Latex)).ToList();

        Assert.NotEmpty(using_);
        Assert.All(using_, f => Assert.NotNull(LatexToMathMl.TryConvert(f.Latex, f.Display, MathCorpus.Macros)));
    }
}
