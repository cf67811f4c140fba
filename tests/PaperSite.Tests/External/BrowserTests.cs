using Microsoft.Playwright;
using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>
/// The sample site in a real browser (Debian's Chromium driven by Playwright): navigation works,
/// the Content-Security-Policy blocks nothing the theme needs, and axe-core finds no WCAG 2 A/AA
/// violation. Requests to the site's made-up host are answered from the output folder, so no
/// server runs and nothing leaves the machine.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class BrowserTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_a_paper_and_its_tag()
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, sample.Output, "/archive/");
        var problems = BrowserHarness.CollectConsoleProblems(page);

        await page.GotoAsync(SampleSiteFixture.BaseUrl);
        Assert.Equal("PaperSite Daily Papers", await page.TitleAsync());

        var firstCard = page.Locator(".paper-card .paper-title a").First;
        var title = await firstCard.InnerTextAsync();
        await firstCard.ClickAsync();
        await page.WaitForURLAsync(SampleSiteFixture.BaseUrl + "papers/**", BrowserHarness.ArrivedAt);
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("@misc{", await page.Locator("pre.bibtex").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator(".chips a.tag").First.ClickAsync();
        await page.WaitForURLAsync(SampleSiteFixture.BaseUrl + "tags/**", BrowserHarness.ArrivedAt);
        Assert.StartsWith("Tag: ", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".paper-rows > li").CountAsync() >= 1);

        // The stylesheet arrived under the Content-Security-Policy: rows are ruled off from each other.
        var rule = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.paper-rows > li')).borderBottomStyle");
        Assert.Equal("solid", rule);
        Assert.Empty(problems);
    }

    /// <summary>One page of every kind the sample has (it has no author pages: its records give author counts only).</summary>
    public static TheoryData<string, string> PageKindsInBothSchemes()
    {
        string[] pages = ["", "papers/are-neural-ranking-models-robust/", "days/2025-10-10/", "weeks/2025-W41/", "months/2025-10/", "archive/", "tags/", "tags/llm/", "404.html", "search/?q=memory"];
        var data = new TheoryData<string, string>();
        foreach (var path in pages)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageKindsInBothSchemes))]
    public async Task Pages_have_no_wcag_a_or_aa_violations_in_either_colour_scheme(string path, string scheme)
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, sample.Output, "/archive/", new BrowserNewContextOptions
        {
            BypassCSP = true,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var response = await page.GotoAsync(SampleSiteFixture.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal(scheme == "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)", background);

        var violations = await BrowserHarness.AxeViolationsAsync(page);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Every_paper_page_has_the_scholar_citation_tags()
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, sample.Output, "/archive/");
        var paperId = Directory.EnumerateDirectories(Path.Combine(sample.Output, "papers")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First();
        await page.GotoAsync($"{SampleSiteFixture.BaseUrl}papers/{paperId}/");

        var citationTitle = await page.Locator("meta[name=citation_title]").GetAttributeAsync("content");
        var date = await page.Locator("meta[name=citation_publication_date]").GetAttributeAsync("content");

        Assert.Equal(await page.Locator("h1").InnerTextAsync(), citationTitle);
        Assert.Matches("^[0-9]{4}/[0-9]{2}/[0-9]{2}$", date);
    }
}
