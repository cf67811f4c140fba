using Microsoft.Playwright;
using PaperSite.Testing;
using PaperSite.Tests.External;

namespace PaperSite.Tests.Search;

/// <summary>
/// The search page in Debian's Chromium (Playwright), under the theme's Content-Security-Policy, over a small site
/// whose words are known. Requests to the made-up host are answered from the output folder, as in the other
/// browser tests (<see cref="BrowserHarness"/>): no server runs and nothing leaves the machine.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class SearchBrowserTests(SearchBrowserTests.SearchSite site) : IClassFixture<SearchBrowserTests.SearchSite>
{
    private const string BaseUrl = "http://papersite.test/archive/";

    [Fact]
    public async Task A_word_found_only_in_one_abstract_finds_that_paper()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync(BaseUrl + "search/");
        await page.FillAsync("#search-q", "zyxolith");
        await page.PressAsync("#search-q", "Enter");

        await Expect(page.Locator(".search-result")).ToHaveCountAsync(1);
        Assert.Equal("Zebra Stripes as Camouflage", await page.Locator(".search-result h2").InnerTextAsync());
        Assert.Equal("zyxolith", await page.Locator(".search-result mark").First.InnerTextAsync());
        Assert.EndsWith("/archive/papers/zebra/", await page.Locator(".search-result h2 a").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("q=zyxolith", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_authors_surname_finds_their_papers()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync(BaseUrl + "search/");
        await page.FillAsync("#search-q", "hopper");
        await page.PressAsync("#search-q", "Enter");

        await Expect(page.Locator(".search-result")).ToHaveCountAsync(2);
        var titles = await page.Locator(".search-result h2").AllInnerTextsAsync();
        Assert.Equal(["Pond Ecology", "Quantum Walks on Graphs"], titles.Order(StringComparer.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_tag_filter_narrows_the_results()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync(BaseUrl + "search/?q=flies");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(3);

        await page.SelectOptionAsync("#search-tag", "physics");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(1);
        Assert.Equal("Quantum Walks on Graphs", await page.Locator(".search-result h2").InnerTextAsync());
        Assert.Contains("tag=physics", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(3);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_shared_address_shows_its_results_and_the_box_on_any_page_leads_there()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync(BaseUrl + "search/?q=pond&year=2024");
        await Expect(page.Locator(".search-result")).ToHaveCountAsync(1);
        Assert.Equal("pond", await page.InputValueAsync("#search-q"));
        Assert.Equal("2024", await page.InputValueAsync("#search-year"));

        await page.GotoAsync(BaseUrl);
        await page.FillAsync("#site-search", "quantum walks");
        await page.PressAsync("#site-search", "Enter");
        await page.WaitForURLAsync(BaseUrl + "search/?q=quantum+walks", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(page.Locator(".search-result h2")).ToHaveTextAsync("Quantum Walks on Graphs");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task With_javascript_off_the_page_still_reads()
    {
        var (page, _) = await OpenAsync(javaScript: false);
        await page.GotoAsync(BaseUrl + "search/?q=zebra");

        Assert.Equal("Search", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".search-fallback").IsVisibleAsync());
        Assert.Contains("needs JavaScript", await page.Locator(".search-fallback").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(BaseUrl + "tags/", await page.Locator(".search-fallback a").First.EvaluateAsync<string>("a => a.href"));
        Assert.True(await page.Locator("#site-search").IsVisibleAsync());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(bool javaScript = true)
    {
        site.Browser ??= await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(site.Browser, site.Site.OutputFolder, "/archive/", new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        return (page, BrowserHarness.CollectConsoleProblems(page));
    }

    /// <summary>Three papers with known words, built once; one browser for the class.</summary>
    public sealed class SearchSite : IAsyncLifetime
    {
        public TestSite Site { get; } = TestSite.Create("""
            -- input/papers/zebra.yaml --
            title: Zebra Stripes as Camouflage
            date: 2025-10-10
            abstract: Stripes confuse biting flies; the zyxolith effect explains why.
            authors: [Ada Lovelace]
            tags: [biology]
            -- input/papers/quantum.yaml --
            title: Quantum Walks on Graphs
            date: 2025-10-11
            abstract: A walk that interferes with itself, as flies do not.
            authors: [Grace Hopper]
            tags: [physics]
            -- input/papers/pond.yaml --
            title: Pond Ecology
            date: 2024-05-02
            abstract: Frogs, flies and algae.
            authors: [Grace Hopper, Alan Turing]
            tags: [biology]
            """);

        internal BrowserHarness.AsyncBrowser? Browser { get; set; }

        public Task InitializeAsync()
        {
            var result = Site.Build(baseUrl: BaseUrl);
            Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }

            Site.Dispose();
        }
    }
}
