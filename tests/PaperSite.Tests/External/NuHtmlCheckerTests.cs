using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>Every page of the sample site, and of a site full of awkward input, through the W3C Nu HTML checker.</summary>
public sealed class NuHtmlCheckerTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static string VnuJar => ExternalTool.Require(
        Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
        "run 'npm ci' in tests/tools");

    private static ExternalTool.Outcome Check(string folder) =>
        ExternalTool.Run("java", ["-jar", VnuJar, "--errors-only", "--skip-non-html", "--stdout", folder], TimeSpan.FromMinutes(3));

    [Fact]
    public void Sample_site_pages_are_valid_html5()
    {
        Assert.True(sample.Result.Succeeded, DiagnosticText.Of(sample.Result.Diagnostics));

        var outcome = Check(sample.Output);

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
    }

    [Fact]
    public void Pages_stay_valid_with_markup_and_odd_text_in_every_field()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: "Site <b>&</b> \"quotes\""
            base_url: https://example.org/sub/
            description: "<meta> in a description"
            -- input/papers/a.yaml --
            title: "</title><script>x</script> & 'quotes'"
            date: 2025-10-10
            abstract: |
              Markdown with <div>raw</div>, `code <b>`, $a<b$ and a [link](https://example.org/?a=1&b=2).

              > quoted
              - a list
              1. numbered
            authors:
              - "</li><li>Injected"
              - name: "A & B"
                affiliation: "<i>Lab</i>"
                orcid: 0000-0002-1825-0097
            organization: "<org>"
            tags: ["<tag>", "a\"b", "c&d"]
            upvotes: 3
            links:
              "<code>": https://example.org/a?b=<c>
            arxiv: 2510.08521
            doi: 10.48550/arXiv.2510.08521
            published: 2025-10-09
            submitted_by: "<me>"
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));

        var outcome = Check(site.OutputFolder);

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
    }
}
