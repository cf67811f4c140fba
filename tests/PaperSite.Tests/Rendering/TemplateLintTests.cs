using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Rendering;

/// <summary>
/// Mistakes in a site's own templates that Scriban lets pass without a word: a variable that does not exist renders
/// as nothing, and a file whose name matches no template is never read. Both are warnings naming the file (and line),
/// from check and build alike, and fail with --strict.
/// </summary>
public sealed class TemplateLintTests
{
    private const string Papers = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: Text.
        tags: [x]
        -- input/papers/b.yaml --
        title: B
        date: 2025-10-11
        abstract: Text.
        tags: [x]
        """;

    private static List<string> Lint(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code is DiagnosticCodes.TemplateUndefinedVariable or DiagnosticCodes.TemplateUnused).Select(d => d.ToString())];

    [Fact]
    public void A_misspelt_variable_or_member_is_a_warning_at_its_line_and_column()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/day.html --
            <h1>{{ site.titel }}</h1>
            {{ for paper in papers }}<p>{{ paper.titel }} {{ paper.title }}</p>{{ end }}
            {{ undefined_thing }}
            """);

        var check = site.Check();

        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
        Assert.Equal(
        [
            "theme/templates/day.html(1,13): warning PS0303: 'titel' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)",
            "theme/templates/day.html(2,38): warning PS0303: 'titel' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)",
            "theme/templates/day.html(3,4): warning PS0303: 'undefined_thing' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)",
        ], Lint(check));
    }

    [Fact]
    public void Build_warns_the_same_and_strict_fails_on_it()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/tag.html --
            <h1>{{ tag.nmae }}</h1>
            """);

        var build = site.Build();
        var strict = site.Check(strict: true);

        Assert.Equal(["theme/templates/tag.html(1,12): warning PS0303: 'nmae' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)"], Lint(build));
        Assert.False(strict.Succeeded);
        Assert.Equal(Lint(build), Lint(strict));
    }

    [Fact]
    public void A_read_with_a_default_and_a_test_of_a_missing_neighbour_are_not_warned()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/day.html --
            <h{{ heading_level ?? 1 }}>{{ day.label ?? "Day" }}</h{{ heading_level ?? 1 }}>
            {{ if next_day }}<a href="{{ next_day.url }}">next</a>{{ end }}
            """);

        var check = site.Check(strict: true);

        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
    }

    [Fact]
    public void The_built_in_theme_reads_nothing_undefined_on_any_page_kind()
    {
        using var site = TestSite.Create(Papers + """

            -- input/papers/c.yaml --
            title: C with $x^2$
            date: 2025-10-11
            abstract: Text with a [link](https://example.org).
            authors: [Ada Lovelace, Alan Turing]
            organization: Org
            doi: 10.1000/xyz
            published: 2017
            links:
              code: https://github.com/o/r
            """);

        Assert.Empty(Lint(site.Check(strict: true)));
    }

    [Fact]
    public void A_template_file_that_replaces_nothing_is_a_warning_naming_the_nearest_built_in_one()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/hom.html --
            <h1>Mine</h1>
            -- theme/templates/partials/paper-crad.html --
            card
            -- theme/templates/partials/sidebar.html --
            unused
            """);

        var check = site.Check();

        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
        Assert.Equal(
        [
            "theme/templates/hom.html: warning PS0304: 'hom.html' replaces no built-in template and no template includes it, so no page uses it; did you mean 'home.html'?",
            "theme/templates/partials/paper-crad.html: warning PS0304: 'partials/paper-crad.html' replaces no built-in template and no template includes it, so no page uses it; did you mean 'partials/paper-card.html'?",
            "theme/templates/partials/sidebar.html: warning PS0304: 'partials/sidebar.html' replaces no built-in template and no template includes it, so no page uses it (the built-in templates are listed in the README's Themes section).",
        ], Lint(check));
        Assert.False(site.Check(strict: true).Succeeded);
    }

    [Fact]
    public void A_new_partial_that_an_overriding_template_includes_is_used()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/day.html --
            <h1>{{ day.date_text }}</h1>{{ include "partials/sidebar.html" }}
            -- theme/templates/partials/sidebar.html --
            <aside>Mine</aside>
            """);

        var check = site.Check(strict: true);

        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
        Assert.Contains("<aside>Mine</aside>", site.Build().Succeeded ? site.Output("days/2025-10-10/index.html") : "", StringComparison.Ordinal);
    }

    [Fact]
    public void Build_watches_every_page_it_renders_so_a_branch_the_first_page_never_takes_is_found()
    {
        using var site = TestSite.Create(Papers + """

            -- input/papers/c.yaml --
            title: C
            date: 2025-10-09
            abstract: Text.
            doi: 10.1145/3534928
            -- theme/templates/paper.html --
            <h1>{{ paper.title }}</h1>{{ if paper.doi }}<a href="{{ paper.doi_ulr }}">DOI</a>{{ end }}
            """);

        var build = site.Build();

        Assert.Equal(["theme/templates/paper.html(1,63): warning PS0303: 'doi_ulr' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)"], Lint(build));
    }

    [Fact]
    public void Strict_check_reports_the_templates_warnings_beside_the_others()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/tag.html --
            <h1>{{ tag.nmae }}</h1>
            -- theme/templates/hom.html --
            x
            """);

        var check = site.Check(strict: true);

        Assert.False(check.Succeeded);
        Assert.Equal(2, Lint(check).Count);
    }

    [Fact]
    public void A_strict_build_after_a_build_that_warned_renders_again_and_fails()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/tag.html --
            <h1>{{ tag.nmae }}</h1>
            """);
        Assert.Single(Lint(site.Build()));

        var strict = site.BuildExpectingFailure(strict: true);

        Assert.Single(Lint(strict));
    }

    [Fact]
    public void Piped_includes_defaults_by_object_default_and_files_that_are_no_templates_are_not_warned()
    {
        using var site = TestSite.Create(Papers + """

            -- theme/templates/day.html --
            <h1>{{ day.subtitle | object.default "Day" }}</h1>{{ "partials/sidebar.html" | include }}
            -- theme/templates/partials/sidebar.html --
            <aside>Mine</aside>
            -- theme/templates/partials/README.md --
            Notes on these partials.
            -- theme/templates/.DS_Store --
            x
            """);

        var check = site.Check(strict: true);

        Assert.True(check.Succeeded, DiagnosticText.Of(check.Diagnostics));
    }
}
