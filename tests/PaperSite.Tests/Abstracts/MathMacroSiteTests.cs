using PaperSite.Testing;

namespace PaperSite.Tests.Abstracts;

/// <summary>math_macros in site.yaml, seen from a whole build: macros used in records, problems reported where they are.</summary>
public sealed class MathMacroSiteTests
{
    private const string Settings = """
        -- input/site.yaml --
        title: Stars
        base_url: https://example.org/archive/
        math_macros:
          \msun: M_\odot
          kms: \mathrm{km\,s^{-1}}
          \norm: '\left\lVert #1 \right\rVert'   # quoted: " #" would start a YAML comment
        """;

    [Fact]
    public void Records_use_the_sites_macros_with_their_arguments()
    {
        using var site = TestSite.Create(Settings + """

            -- input/papers/s.yaml --
            title: Massive stars
            date: 2025-10-10
            abstract: 'Stars of $10\,\msun$ move at $200\,\kms$ with $\norm{v} < c$.'
            """);

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var page = site.Output("papers/s/index.html");
        Assert.Contains("<msub><mi>M</mi><mo>⊙</mo></msub>", page);
        Assert.Contains("<mi>km</mi>", page);
        Assert.Contains("<mo fence=\"true\">‖</mo><mi>v</mi><mo fence=\"true\">‖</mo>", page);
        Assert.DoesNotContain("<code class=\"math\">", page);
    }

    [Fact]
    public void An_unknown_macro_is_a_warning_naming_the_record_line_column_and_macro_and_suggesting_math_macros()
    {
        using var site = TestSite.Create("""
            -- input/papers/s.yaml --
            title: Massive stars
            date: 2025-10-10
            abstract: |
              Stars of
              about $10\,\msun$ exist.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PS0119");
        Assert.Equal("input/papers/s.yaml(5,14): warning PS0119: the formula '10\\,\\msun' in 'abstract' is shown as its LaTeX source: \\msun is not a command PaperSite knows; if it is this archive's own macro, define it under math_macros in site.yaml.", warning.ToString());
        Assert.Contains("<code class=\"math\">$10\\,\\msun$</code>", site.Output("papers/s/index.html"));
        site.BuildExpectingFailure(strict: true);
    }

    [Fact]
    public void A_macro_that_calls_itself_is_an_error_on_its_line_in_site_yaml()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: Loops
            base_url: https://example.org/archive/
            math_macros:
              \ok: x
              \loop: a\loop
              \grow: \grow\grow
            -- input/papers/s.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            """);

        var result = site.Check();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("input/site.yaml(5,10): error PS0202: 'math_macros' \\loop cannot be used: the macro \\loop was expanded more than 500 times in one formula (does it call itself?).", errors[0]);
        Assert.StartsWith("input/site.yaml(6,10): error PS0202: 'math_macros' \\grow cannot be used: the macro \\grow was expanded", errors[1]);
    }

    [Theory]
    [InlineData("  \\m-sun: x", "(4,3): error PS0202: a 'math_macros' name must be a backslash and letters, such as \\msun, got '\\m-sun'.")]
    [InlineData("  \\bad: '#x'", "(4,9): error PS0202: 'math_macros' \\bad: '#' must be followed by an argument number 1 to 9 (or written ## for itself), got '#x'.")]
    [InlineData("  \\empty:", "(4,10): error PS0202: 'math_macros' \\empty must stand for LaTeX text, such as M_\\odot, got nothing.")]
    [InlineData("  \\list: [a, b]", "(4,10): error PS0202: 'math_macros' \\list must stand for LaTeX text, such as M_\\odot, got a list.")]
    [InlineData("  \\twice: a\n  twice: b", "(5,3): error PS0202: 'math_macros' defines \\twice twice (also on line 4); keep one.")]
    public void A_bad_macro_definition_is_an_error_naming_line_column_and_field(string definition, string expected)
    {
        using var site = TestSite.Create($"""
            -- input/site.yaml --
            title: Bad
            base_url: https://example.org/archive/
            math_macros:
            {definition}
            -- input/papers/s.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            """);

        var result = site.Check();

        Assert.Contains("input/site.yaml" + expected, result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Math_macros_must_be_a_mapping()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: Bad
            base_url: https://example.org/archive/
            math_macros: \msun
            -- input/papers/s.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            """);

        Assert.Contains(site.Check().Diagnostics, d => d.IsError && d.ToString().Contains("'math_macros' must be a mapping", StringComparison.Ordinal));
    }
}
