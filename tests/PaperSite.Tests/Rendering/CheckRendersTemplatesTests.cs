using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Rendering;

/// <summary><c>check</c> sees what <c>build</c> sees: a template that fails when rendered fails check too, and check writes nothing.</summary>
public sealed class CheckRendersTemplatesTests
{
    private const string Paper = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: Text.
        """;

    [Fact]
    public void A_template_including_a_missing_partial_fails_check_with_its_file_and_line()
    {
        using var site = TestSite.Create(Paper + """

            -- theme/templates/week.html --
            <h1>{{ period.label }}</h1>
            {{ include "partials/nowhere.html" }}
            """);

        var result = site.Check();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError);
        Assert.Equal(2, problem.Line);
        Assert.Contains("week.html", problem.Path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Check_of_a_sound_site_renders_every_kind_and_writes_nothing()
    {
        using var site = TestSite.Create(Paper);

        var result = site.Check();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Contains(result.Stages, stage => stage.Stage == "render one page of each kind");
        Assert.False(Directory.Exists(site.OutputFolder));
    }
}
