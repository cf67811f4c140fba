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
        Assert.True(File.Exists(Chromium), $"the browser tests need Debian's chromium at {Chromium}.");
        await using var server = await DevServer.StartAsync(new ServeOptions { Root = site.Root, Port = 0 }, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"], Headless = true });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // Browsers ask the origin for /favicon.ico on their own; the theme has none, as on GitHub Pages.
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, message) => problems.Add(message);

        await page.GotoAsync(new Uri(server.SiteUrl, "papers/first/").AbsoluteUri);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Listeners == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, server.Listeners);
        site.Write("input/papers/2025/10/first.yaml", "title: First Paper, Revised\ndate: 2025-10-10\nabstract: Changed.\n");

        await page.WaitForSelectorAsync("h1:text-is('First Paper, Revised')", new() { Timeout = 10_000 });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
