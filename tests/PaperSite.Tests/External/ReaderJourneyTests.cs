using Microsoft.Playwright;
using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>
/// A reader in a real browser moves through a site with authors across several weeks: home, a week, a paper,
/// its author, another paper, its week, the next week; and copies a citation with the button.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class ReaderJourneyTests : IDisposable
{
    private const string BaseUrl = "https://papersite.test/lab/";

    /// <summary>Paper titles linking to their pages: in a card's heading, or a row's link itself.</summary>
    private const string TitleLinks = ".paper-title a, .paper-rows > li > a";

    private readonly TestSite _site = TestSite.Create("""
        -- input/site.yaml --
        title: Lab Papers
        base_url: https://example.org/lab/
        -- input/papers/2025/10/newest.yaml --
        title: Newest Paper on Tokenizers
        date: 2025-10-22
        abstract: Tokenizers, again.
        authors: [Ada Lovelace, Grace Hopper]
        tags: [tokenizers]
        links:
          code: https://github.com/example/newest
        -- input/papers/2025/10/middle.yaml --
        title: A Middle Paper
        date: 2025-10-15
        abstract: Between the two.
        authors: [Alan Turing]
        -- input/papers/2025/10/oldest.yaml --
        title: The Oldest Paper
        date: 2025-10-06
        abstract: Where it started.
        authors: [ada  lovelace, Alan Turing, Edsger Dijkstra, Barbara Liskov]
        tags: [tokenizers]
        arxiv: 2510.00001
        """);

    public ReaderJourneyTests()
    {
        var result = _site.Build(baseUrl: BaseUrl);
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
    }

    [Fact]
    public async Task A_reader_goes_home_then_to_a_week_a_paper_its_author_its_day_and_the_next_week()
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, _site.OutputFolder, "/lab/");
        var problems = BrowserHarness.CollectConsoleProblems(page);

        await page.GotoAsync(BaseUrl);
        Assert.Equal(3, await page.Locator(".paper-card").CountAsync());

        await page.Locator(".period-switch a", new() { HasText = "Week" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "weeks/2025-W43/", BrowserHarness.ArrivedAt);
        Assert.StartsWith("Papers of Week 43 of 2025", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator(TitleLinks, new() { HasText = "Newest Paper on Tokenizers" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "papers/newest/", BrowserHarness.ArrivedAt);

        await page.Locator(".author-list a", new() { HasText = "Ada Lovelace" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "authors/ada-lovelace/", BrowserHarness.ArrivedAt);
        Assert.Equal("Ada Lovelace", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["Newest Paper on Tokenizers", "The Oldest Paper"], await page.Locator(TitleLinks).AllInnerTextsAsync());

        await page.Locator(TitleLinks, new() { HasText = "The Oldest Paper" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "papers/oldest/", BrowserHarness.ArrivedAt);

        // A paper's page links its day; the day's page has the day / week / month switch.
        await page.Locator("article.paper .meta a", new() { HasText = "Oct 6, 2025" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "days/2025-10-06/", BrowserHarness.ArrivedAt);
        await page.Locator(".period-switch a", new() { HasText = "Week" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "weeks/2025-W41/", BrowserHarness.ArrivedAt);

        // The next week with papers is W42; weeks without any are skipped.
        await page.Locator(".day-nav a[rel=next]").First.ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "weeks/2025-W42/", BrowserHarness.ArrivedAt);
        Assert.Equal(["A Middle Paper"], await page.Locator(TitleLinks).AllInnerTextsAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_copy_button_puts_the_bibtex_entry_on_the_clipboard()
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, _site.OutputFolder, "/lab/", new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var problems = BrowserHarness.CollectConsoleProblems(page);
        await page.GotoAsync(BaseUrl + "papers/oldest/");

        await page.Locator("button[data-copy]").ClickAsync();
        await Assertions.Expect(page.Locator("button[data-copy]")).ToHaveTextAsync("Copied");

        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("pre.bibtex").TextContentAsync(), copied);
        Assert.StartsWith("@misc{", copied, StringComparison.Ordinal);
        Assert.Contains("eprint = {2510.00001}", copied, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Without_javascript_the_citation_is_still_selectable_text_and_no_dead_button_shows()
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, _site.OutputFolder, "/lab/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(BaseUrl + "papers/oldest/");

        Assert.False(await page.Locator("button[data-copy]").IsVisibleAsync());
        Assert.True(await page.Locator("pre.bibtex").IsVisibleAsync());
        Assert.Equal("text", await page.Locator("pre.bibtex").EvaluateAsync<string>("e => getComputedStyle(e).userSelect === 'none' ? 'none' : 'text'"));
    }

    [Theory]
    [InlineData("authors/ada-lovelace/", "light")]
    [InlineData("authors/ada-lovelace/", "dark")]
    [InlineData("papers/oldest/", "dark")]
    [InlineData("weeks/2025-W43/", "dark")]
    public async Task Author_and_listing_pages_have_no_wcag_a_or_aa_violations(string path, string scheme)
    {
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, _site.OutputFolder, "/lab/", new BrowserNewContextOptions
        {
            BypassCSP = true,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await page.GotoAsync(BaseUrl + path);

        Assert.Empty(await BrowserHarness.AxeViolationsAsync(page));
    }

    public void Dispose() => _site.Dispose();
}
