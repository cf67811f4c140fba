using Microsoft.Playwright;
using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>
/// Debian's Chromium driven by Playwright, with every request to the made-up host <c>papersite.test</c> answered
/// from a built output folder, so no server runs and nothing leaves the machine.
/// </summary>
internal static class BrowserHarness
{
    public const string Chromium = "/usr/bin/chromium";

    public static string AxeScript => ExternalTool.Require(
        Path.Combine(RepositoryPaths.ToolsFolder, "node_modules", "axe-core", "axe.min.js"), "run 'npm ci' in tests/tools");

    /// <summary>The new page's document is there; the locators that follow wait for what they read.</summary>
    public static readonly PageWaitForURLOptions ArrivedAt = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static async Task<AsyncBrowser> LaunchAsync()
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

    /// <param name="sitePath">The base path the site was built for, e.g. "/archive/".</param>
    public static async Task<IPage> OpenAsync(AsyncBrowser browser, string outputFolder, string sitePath, BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        await context.RouteAsync("**/*", route => ServeFromOutputAsync(route, outputFolder, sitePath));
        return await context.NewPageAsync();
    }

    /// <summary>Every request gets an answer: one left unanswered would hold the page's load event forever.</summary>
    private static async Task ServeFromOutputAsync(IRoute route, string outputFolder, string sitePath)
    {
        try
        {
            await AnswerFromOutputAsync(route, outputFolder, sitePath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or UriFormatException or ArgumentException)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 500, Body = error.Message });
        }
    }

    private static async Task AnswerFromOutputAsync(IRoute route, string outputFolder, string sitePath)
    {
        var url = new Uri(route.Request.Url);
        if (url.Host != "papersite.test" || !url.AbsolutePath.StartsWith(sitePath, StringComparison.Ordinal))
        {
            await route.AbortAsync();
            return;
        }

        var relative = Uri.UnescapeDataString(url.AbsolutePath[sitePath.Length..]);
        var file = Path.Combine(outputFolder, relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative);
        if (!File.Exists(file))
        {
            // As GitHub Pages does: the site's own 404 page.
            var notFound = Path.Combine(outputFolder, "404.html");
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : [] });
            return;
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css",
            ".js" => "text/javascript",
            ".svg" => "image/svg+xml",
            ".xml" => "application/xml",
            ".json" => "application/json",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    public static List<string> CollectConsoleProblems(IPage page)
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

    /// <summary>axe-core's WCAG 2 A and AA rules on the open page; the page must have been opened with the CSP bypassed.</summary>
    public static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
              return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
            }
            """);
    }

    public sealed class AsyncBrowser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser { get; } = browser;

        public async ValueTask DisposeAsync()
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
