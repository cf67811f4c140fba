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
    private const string Chromium = "/usr/bin/chromium";

    private static string AxeScript => ExternalTool.Require(
        Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", "axe-core", "axe.min.js"), "run 'npm ci' in tests/tools");

    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_a_paper_and_its_tag()
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, bypassCsp: false);
        var problems = CollectConsoleProblems(page);

        await page.GotoAsync(SampleSiteFixture.BaseUrl);
        Assert.Equal("PaperSite Daily Papers", await page.TitleAsync());

        var firstCard = page.Locator(".paper-card .paper-title a").First;
        var title = await firstCard.InnerTextAsync();
        await firstCard.ClickAsync();
        await page.WaitForURLAsync(SampleSiteFixture.BaseUrl + "papers/**", ArrivedAt);
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("@misc{", await page.Locator("pre.bibtex").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator(".chips a.tag").First.ClickAsync();
        await page.WaitForURLAsync(SampleSiteFixture.BaseUrl + "tags/**", ArrivedAt);
        Assert.StartsWith("Tag: ", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".paper-card").CountAsync() >= 1);

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.paper-card')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tags/")]
    [InlineData("days/2025-10-10/")]
    [InlineData("search/?q=memory")]
    public async Task Pages_have_no_wcag_a_or_aa_violations(string path)
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, bypassCsp: true);
        await page.GotoAsync(SampleSiteFixture.BaseUrl + path);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });

        var violations = await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
              return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
            }
            """);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task Every_paper_page_has_the_scholar_citation_tags()
    {
        await using var browser = await LaunchAsync();
        var page = await OpenAsync(browser, bypassCsp: false);
        var paperId = Directory.EnumerateDirectories(Path.Combine(sample.Output, "papers")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First();
        await page.GotoAsync($"{SampleSiteFixture.BaseUrl}papers/{paperId}/");

        var citationTitle = await page.Locator("meta[name=citation_title]").GetAttributeAsync("content");
        var date = await page.Locator("meta[name=citation_publication_date]").GetAttributeAsync("content");

        Assert.Equal(await page.Locator("h1").InnerTextAsync(), citationTitle);
        Assert.Matches("^[0-9]{4}/[0-9]{2}/[0-9]{2}$", date);
    }

    /// <summary>The new page's document is there; the locators that follow wait for what they read.</summary>
    private static readonly PageWaitForURLOptions ArrivedAt = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    private static async Task<AsyncBrowser> LaunchAsync()
    {
        ExternalTool.Require(Chromium, "apt-get install chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new AsyncBrowser(playwright, browser);
    }

    private async Task<IPage> OpenAsync(AsyncBrowser browser, bool bypassCsp)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp });
        await context.RouteAsync("**/*", ServeFromOutputAsync);
        return await context.NewPageAsync();
    }

    /// <summary>Every request gets an answer: one left unanswered would hold the page's load event forever.</summary>
    private async Task ServeFromOutputAsync(IRoute route)
    {
        try
        {
            await AnswerFromOutputAsync(route);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or UriFormatException or ArgumentException)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 500, Body = error.Message });
        }
    }

    private async Task AnswerFromOutputAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        const string Prefix = "/archive/";
        if (url.Host != "papersite.test" || !url.AbsolutePath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await route.AbortAsync();
            return;
        }

        var relative = Uri.UnescapeDataString(url.AbsolutePath[Prefix.Length..]);
        var file = Path.Combine(sample.Output, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
        if (!File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
            return;
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css",
            ".js" => "text/javascript",
            ".xml" => "application/xml",
            ".json" => "application/json",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    private static List<string> CollectConsoleProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    private sealed class AsyncBrowser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser { get; } = browser;

        public async ValueTask DisposeAsync()
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
