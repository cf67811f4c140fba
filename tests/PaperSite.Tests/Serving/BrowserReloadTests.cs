using Microsoft.Playwright;
using PaperSite.Cli.Serving;
using PaperSite.Testing;

namespace PaperSite.Tests.Serving;

/// <summary>The reload as a reader sees it: a real browser, the theme's Content-Security-Policy in force.</summary>
[Collection(HeavyTests.Name)]
public sealed class BrowserReloadTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_open_page_reloads_itself_after_a_rebuild_without_breaking_the_content_security_policy()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstract: The first abstract.
            """);
        await using var browsing = await BrowsingAsync(site);

        await browsing.Page.GotoAsync(new Uri(browsing.Server.SiteUrl, "papers/first/").AbsoluteUri);
        await browsing.ListeningAsync();
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper, Revised\ndate: 2025-10-10\nabstract: Changed.\n");

        await browsing.Page.WaitForSelectorAsync("h1:text-is('First Paper, Revised')", new() { Timeout = 10_000 });
        browsing.AssertNoProblems();
    }

    [Fact]
    public async Task An_edited_abstract_shows_in_the_open_page_ahead_of_the_rebuild()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstract: The first abstract.
            """);
        await using var browsing = await BrowsingAsync(site);

        // A path the script must encode for the stream's address: the day page, whose card shows the abstract.
        await browsing.Page.GotoAsync(new Uri(browsing.Server.SiteUrl, "days/2025-10-10/").AbsoluteUri);
        await browsing.ListeningAsync();
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, *edited*.\n");

        // The card shows the abstract's text, summarised.
        await browsing.Page.WaitForSelectorAsync("p:text-is('The first abstract, edited.')", new() { Timeout = 10_000 });
        Assert.Matches(@"first\.yaml changed: 1 open page shown in \d+ ms, ahead of the rebuild\.", browsing.Output.ToString());
        browsing.AssertNoProblems();
    }

    [Fact]
    public async Task A_failed_rebuild_shows_its_problems_over_the_page_until_they_are_fixed()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstract: The first abstract.
            """);
        await using var browsing = await BrowsingAsync(site);
        var page = browsing.Page;
        await page.GotoAsync(new Uri(browsing.Server.SiteUrl, "papers/first/").AbsoluteUri);
        await browsing.ListeningAsync();

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-02-30\nabstract: The first abstract.\n<b>bold</b>: yes\n");
        var overlay = page.Locator("#papersite-overlay");
        await overlay.WaitForAsync(new() { Timeout = 10_000 });

        Assert.Equal(["input/papers/2025/10/first.yaml(2,7)", "input/papers/2025/10/first.yaml(4,1)"], await overlay.Locator(".papersite-where").AllInnerTextsAsync());
        var messages = await overlay.Locator(".papersite-message").AllInnerTextsAsync();
        Assert.Equal("error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.", messages[0]);
        // A problem's text is the record's own words: shown as text, never as markup.
        Assert.StartsWith("error PS0102: '<b>bold</b>' is not a known key", messages[1]);
        Assert.Equal(0, await overlay.Locator("b").CountAsync());
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));
        // Its style sheet came from the preview, under the page's policy.
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        Assert.Equal("First Paper", await page.Locator("h1").First.InnerTextAsync());

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper, Fixed\ndate: 2025-10-10\nabstract: The first abstract.\n");

        await page.WaitForSelectorAsync("h1:text-is('First Paper, Fixed')", new() { Timeout = 10_000 });
        Assert.Equal(0, await overlay.CountAsync());
        browsing.AssertNoProblems();
    }

    [Fact]
    public async Task A_page_opened_while_the_site_is_broken_shows_the_overlay_at_once()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstract: The first abstract.
            -- input/papers/2025/10/second.yaml --
            title: Second Paper
            date: 2025-10-10
            abstract: The second abstract.
            """);
        await using var browsing = await BrowsingAsync(site);
        site.Save("input/papers/2025/10/second.yaml", "title: Second Paper\ndate: 2025-10-10\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (browsing.Server.Site.Problems.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await browsing.Page.GotoAsync(new Uri(browsing.Server.SiteUrl, "papers/first/").AbsoluteUri);
        var overlay = browsing.Page.Locator("#papersite-overlay");
        await overlay.WaitForAsync(new() { Timeout = 10_000 });

        Assert.Contains("PS0101", await overlay.Locator(".papersite-message").InnerTextAsync());
        Assert.Equal("input/papers/2025/10/second.yaml(1,1)", await overlay.Locator(".papersite-where").InnerTextAsync());
        browsing.AssertNoProblems();
    }

    private static async Task<Browsing> BrowsingAsync(TestSite site)
    {
        Assert.True(File.Exists(Chromium), $"the browser tests need Debian's chromium at {Chromium}.");
        var output = new StringWriter();
        var server = await DevServer.StartAsync(new ServeOptions { Root = site.Root, Port = 0 }, output, TextWriter.Null, CancellationToken.None);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"], Headless = true });
        var page = await browser.NewPageAsync();
        var browsing = new Browsing(server, playwright, browser, page) { Output = output };
        page.Console += (_, message) =>
        {
            // Browsers ask the origin for /favicon.ico on their own; the theme has none, as on GitHub Pages.
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                browsing.Problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, message) => browsing.Problems.Add(message);
        return browsing;
    }

    /// <summary>A dev server and a browser page on it; what the page logged as errors or warnings (a refused script or style among them).</summary>
    private sealed record Browsing(DevServer Server, IPlaywright Playwright, IBrowser Browser, IPage Page) : IAsyncDisposable
    {
        public List<string> Problems { get; } = [];

        /// <summary>What the server printed: a line per rebuild, and per edit shown ahead of one.</summary>
        public StringWriter Output { get; init; } = new();

        /// <summary>Waits until the page's script has connected, so no rebuild can happen before it listens.</summary>
        public async Task ListeningAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Server.Listeners == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal(1, Server.Listeners);
        }

        public void AssertNoProblems() => Assert.True(Problems.Count == 0, string.Join("\n", Problems));

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
            await Server.DisposeAsync();
        }
    }
}
