using System.Net;
using System.Net.Sockets;
using System.Text;
using PaperSite.Cli.Serving;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Serving;

[Collection(HeavyTests.Name)]
public sealed class ServeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private const string Archive = """
        -- input/papers/2025/10/first.yaml --
        title: First Paper
        date: 2025-10-10
        abstract: The first abstract.
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-10
        abstract: The second abstract.
        """;

    private static async Task<(DevServer Server, HttpClient Client, StringWriter Output, StringWriter Error)> StartAsync(TestSite site)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var server = await DevServer.StartAsync(new ServeOptions { Root = site.Root, Port = 0 }, output, error, CancellationToken.None);
        // Only ever 127.0.0.1, never through a proxy a machine may have configured.
        var client = new HttpClient(new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = server.SiteUrl, Timeout = Patience };
        return (server, client, output, error);
    }

    private static async Task<string> EventuallyAsync(Func<Task<string?>> attempt, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } done)
            {
                return done;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{what} did not happen within {Patience.TotalSeconds} s.");
    }

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, output, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var port = server.SiteUrl.Port;
            Assert.Equal($"http://127.0.0.1:{port}/archive/", server.SiteUrl.AbsoluteUri);

            var home = await client.GetAsync("/archive/");
            var html = await home.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
            Assert.Contains("Second Paper", html);
            Assert.Contains($"<script src=\"/__papersite/reload.js?v={server.Site.Version}\"></script>\n</body>", html);
            Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:{port}/archive/\">", html);
            Assert.Contains("Built 2 papers", output.ToString());
        }
    }

    [Fact]
    public async Task Addresses_behave_as_on_github_pages()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var root = await client.GetAsync("/");
            var withoutSlash = await client.GetAsync("/archive/papers/first");
            var paper = await client.GetAsync("/archive/papers/first/");
            var feed = await client.GetAsync("/archive/feed.xml");
            var missing = await client.GetAsync("/archive/papers/none/");
            var outside = await client.GetAsync("/elsewhere/");

            Assert.Equal((HttpStatusCode.Redirect, "/archive/"), (root.StatusCode, root.Headers.Location!.OriginalString));
            Assert.Equal((HttpStatusCode.Redirect, "/archive/papers/first/"), (withoutSlash.StatusCode, withoutSlash.Headers.Location!.OriginalString));
            Assert.Equal(HttpStatusCode.OK, paper.StatusCode);
            Assert.Contains("<h1>First Paper</h1>", await paper.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.DoesNotContain("reload.js", await feed.Content.ReadAsStringAsync());
            Assert.Contains($"<link>http://127.0.0.1:{server.SiteUrl.Port}/archive/</link>", await feed.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
            Assert.Equal("no-store", paper.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task The_reload_script_is_served_from_the_same_origin()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var script = await client.GetAsync("/__papersite/reload.js");

            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
            Assert.Contains("new EventSource(\"/__papersite/events\")", await script.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_built_files_are_served_unchanged_from_a_folder_of_the_servers_own()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var folder = server.Site.Folder!;

            Assert.DoesNotContain("reload.js", File.ReadAllText(Path.Combine(folder, "index.html")));
            Assert.False(folder.StartsWith(site.Root, StringComparison.Ordinal));
            Assert.False(Directory.Exists(site.OutputFolder));
        }
    }

    [Fact]
    public async Task A_changed_record_is_served_after_the_rebuild()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, output, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            site.Write("input/papers/2025/10/first.yaml", "title: First Paper, Revised\ndate: 2025-10-10\nabstract: Changed.\n");

            await EventuallyAsync(
                async () => (await client.GetStringAsync("/archive/papers/first/")).Contains("First Paper, Revised", StringComparison.Ordinal) ? "shown" : null,
                "serving the changed record");

            Assert.Contains("input/papers/2025/10/first.yaml changed: rebuilt 2 papers", output.ToString());
        }
    }

    [Fact]
    public async Task The_event_stream_announces_each_rebuild_with_a_new_version()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        using (var events = await ServerEvents.OpenAsync(client, new Uri("/__papersite/events", UriKind.Relative)))
        {
            Assert.Equal("text/event-stream; charset=utf-8", events.Response.Content.Headers.ContentType!.ToString());
            var current = await events.NextNamedAsync("built", Patience);
            Assert.Equal(server.Site.Version, current.Data);

            site.Write("input/papers/2025/10/third.yaml", "title: Third Paper\ndate: 2025-10-11\nabstract: New.\n");
            var rebuilt = await events.NextNamedAsync("built", Patience);

            Assert.NotEqual(current.Data, rebuilt.Data);
            Assert.Contains("Third Paper", await client.GetStringAsync("/archive/"));
            // One write can reach the watcher as two batches: the site shown is the one announced last.
            var announced = rebuilt.Data;
            while (server.Site.Version != announced)
            {
                announced = (await events.NextNamedAsync("built", Patience)).Data;
            }

            Assert.Equal(server.Site.Version, announced);
        }
    }

    [Fact]
    public async Task A_theme_change_is_rebuilt_too()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            site.Write("theme/assets/style.css", "body { color: rebeccapurple; }\n");

            await EventuallyAsync(
                async () => (await client.GetStringAsync("/archive/assets/style.css")).Contains("rebeccapurple", StringComparison.Ordinal) ? "shown" : null,
                "serving the theme's new stylesheet");
        }
    }

    [Fact]
    public async Task A_new_base_url_path_moves_the_site()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, output, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            site.Write("input/site.yaml", "title: Test Archive\nbase_url: https://example.org/moved/\n");

            await EventuallyAsync(
                async () => (await client.GetAsync("/moved/")).StatusCode == HttpStatusCode.OK ? "moved" : null,
                "serving under the new path");

            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/archive/")).StatusCode);
            Assert.Contains($"base_url's path changed: now serving http://127.0.0.1:{server.SiteUrl.Port}/moved/", output.ToString());
        }
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_site_and_reports_its_problems()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, error) = await StartAsync(site);
        await using (server)
        using (client)
        using (var events = await ServerEvents.OpenAsync(client, new Uri("/__papersite/events", UriKind.Relative)))
        {
            var version = (await events.NextNamedAsync("built", Patience)).Data;

            site.Write("input/papers/2025/10/first.yaml", "title: First Paper, Broken\ndate: 2025-02-30\nabstract: Changed.\n");
            var failed = await events.NextNamedAsync("failed", Patience);

            const string problem = "input/papers/2025/10/first.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.";
            Assert.Equal(problem, failed.Data);
            Assert.Equal(version, server.Site.Version);
            var page = await client.GetAsync("/archive/papers/first/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<h1>First Paper</h1>", await page.Content.ReadAsStringAsync());
            Assert.Contains(problem, error.ToString());
            Assert.Contains("the rebuild failed (1 error, 0 warnings); still serving the last good site.", error.ToString());
        }
    }

    [Fact]
    public async Task A_site_that_does_not_build_shows_its_problems_until_it_does()
    {
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstrct: Misspelt.
            """);
        var (server, client, _, error) = await StartAsync(site);
        await using (server)
        using (client)
        {
            var failing = await client.GetAsync("/archive/");
            var text = await failing.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
            Assert.Contains("&#39;abstrct&#39; is not a known key; did you mean &#39;abstract&#39;?", text);
            Assert.Contains("/__papersite/reload.js?v=", text);
            Assert.Contains("The build failed (2 errors, 0 warnings)", error.ToString());

            site.Write("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: Spelt right.\n");

            await EventuallyAsync(
                async () => (await client.GetAsync("/archive/")).StatusCode == HttpStatusCode.OK ? "built" : null,
                "serving the site once it builds");
        }
    }

    [Fact]
    public async Task Paths_that_climb_out_of_the_site_are_not_served()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        await using (server)
        using (client)
        {
            foreach (var target in new[] { "/archive/../../input/site.yaml", "/archive/%2e%2e/%2e%2e/input/site.yaml", "/archive/..%2f..%2finput/site.yaml", "/archive/..\\..\\input\\site.yaml" })
            {
                var (status, body) = await RawGetAsync(server.SiteUrl.Port, target);

                Assert.DoesNotContain("Test Archive", body);
                Assert.NotEqual("200", status);
            }
        }
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_removes_the_built_folder()
    {
        using var site = TestSite.Create(Archive);
        var (server, client, _, _) = await StartAsync(site);
        using (client)
        {
            var folder = server.Site.Folder!;
            using var events = await ServerEvents.OpenAsync(client, new Uri("/__papersite/events", UriKind.Relative));
            await events.NextNamedAsync("built", Patience);

            var stopping = server.DisposeAsync().AsTask();
            var stopped = await Task.WhenAny(stopping, Task.Delay(Patience));

            Assert.Same(stopping, stopped);
            Assert.Null(await events.NextAsync(Patience));
            Assert.False(Directory.Exists(folder));
        }
    }

    [Fact]
    public async Task A_taken_port_is_an_error_naming_it()
    {
        using var site = TestSite.Create(Archive);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var outcome = await Task.Run(() => CliRunner.Run("serve", "--root", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"error: cannot serve on 127.0.0.1:{port}: ", outcome.Error);
        Assert.Contains("Choose another port with --port.", outcome.Error);
    }

    [Fact]
    public void A_port_out_of_range_is_refused()
    {
        var outcome = CliRunner.Run("serve", "--port", "70000");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--port must be a whole number from 0 to 65535.", outcome.Error);
    }

    /// <summary>Sends the request line exactly as written: HttpClient would resolve the dot segments itself.</summary>
    private static async Task<(string Status, string Body)> RawGetAsync(int port, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var deadline = new CancellationTokenSource(Patience);
        var response = await reader.ReadToEndAsync(deadline.Token);
        return (response.Split(' ')[1], response);
    }
}
