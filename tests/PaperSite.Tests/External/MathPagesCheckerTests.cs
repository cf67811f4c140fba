using System.Text;
using PaperSite.Testing;
using PaperSite.Tests.Abstracts;

namespace PaperSite.Tests.External;

/// <summary>Every formula of the math corpus, on real pages, through the W3C Nu HTML checker: the MathML the converter writes is valid HTML5.</summary>
public sealed class MathPagesCheckerTests
{
    [Fact]
    public void Pages_holding_every_corpus_formula_are_valid_html5()
    {
        var files = new StringBuilder("""
            -- input/site.yaml --
            title: Math
            base_url: https://example.org/math/
            math_macros:
              \msun: M_{\odot}
              \lsun: L_{\odot}
              \rsun: R_{\odot}
              \kms: \mathrm{km\,s^{-1}}

            """);
        foreach (var file in MathCorpus.Files)
        {
            // An abstract holds at most 10,000 characters, so a long corpus file takes several papers.
            var part = 1;
            var abstractLength = -1;
            foreach (var (latex, display) in MathCorpus.Formulas(file))
            {
                var paragraph = display ? $"  $${latex}$$\n\n" : $"  Formula ${latex}$ here.\n\n";
                if (abstractLength < 0 || abstractLength + paragraph.Length > 9_000)
                {
                    var name = abstractLength < 0 ? file : $"{file}-{++part}";
                    files.Append(System.Globalization.CultureInfo.InvariantCulture, $"-- input/papers/{name}.yaml --\ntitle: 'The $\\alpha$-{name} corpus'\ndate: 2025-10-10\nabstract: |\n");
                    abstractLength = 0;
                }

                files.Append(paragraph);
                abstractLength += paragraph.Length;
            }
        }

        using var site = TestSite.Create(files.ToString());
        var result = site.Build();
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains("<mtable", site.Output("papers/constructs/index.html"));

        var vnu = ExternalTool.Require(Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"), "run 'npm ci' in tests/tools");
        var outcome = ExternalTool.Run("java", ["-jar", vnu, "--errors-only", "--skip-non-html", "--stdout", Path.Combine(site.OutputFolder, "papers")], TimeSpan.FromMinutes(3));

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
    }
}
