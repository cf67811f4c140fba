using PaperSite.Testing;

namespace PaperSite.Tests.Rendering;

public sealed class ThemeOverrideTests
{
    private const string OnePaper = """
        -- input/papers/a.yaml --
        title: A <i>paper</i>
        date: 2025-10-10
        abstract: The *abstract*.
        """;

    [Fact]
    public void A_site_theme_file_replaces_the_built_in_file_of_the_same_path_only()
    {
        using var site = TestSite.Create(OnePaper + "\n" + """
            -- theme/templates/paper.html --
            <p class="custom">{{ paper.title }}</p>{{ paper.abstract_html }}
            -- theme/assets/extra.css --
            body { color: red; }
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var page = site.Output("papers/a/index.html");
        Assert.Contains("<p class=\"custom\">A &lt;i&gt;paper&lt;/i&gt;</p><p>The <em>abstract</em>.</p>", page);
        Assert.Contains("<!DOCTYPE html>", page);
        Assert.Contains("class=\"paper-card\"", site.Output("index.html"));
        Assert.Equal("body { color: red; }\n", site.Output("assets/extra.css"));
        Assert.True(site.OutputExists("assets/style.css"));
    }

    [Fact]
    public void Values_in_an_overriding_template_are_escaped_without_the_template_asking()
    {
        using var site = TestSite.Create(OnePaper + "\n" + """
            -- theme/templates/layout.html --
            <html><body data-title="{{ page.title }}">{{ content }}</body></html>
            """);

        site.Build();

        Assert.StartsWith("<html><body data-title=\"A &lt;i&gt;paper&lt;/i&gt;\">", site.Output("papers/a/index.html"));
    }

    [Fact]
    public void A_template_error_is_reported_with_its_file_and_line_and_nothing_is_written()
    {
        using var site = TestSite.Create(OnePaper + "\n" + """
            -- theme/templates/day.html --
            <h1>{{ day.date_text }}</h1>
            {{ for paper in papers }}
            """);

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("theme/templates/day.html(2,", error.ToString());
        Assert.Contains("error PS0301", error.ToString());
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void Including_a_template_the_theme_does_not_have_is_a_clear_error()
    {
        using var site = TestSite.Create(OnePaper + "\n" + """
            -- theme/templates/paper.html --
            {{ include "partials/missing.html" }}
            """);

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0301" && d.Message.Contains("the theme has no template 'templates/partials/missing.html'", StringComparison.Ordinal));
    }
}
