using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PaperSite.Testing;
using PaperSite.Tests.Cli;
using static PaperSite.Tests.Serving.RunningServer;

namespace PaperSite.Tests.Serving;

[Collection(HeavyTests.Name)]
public sealed class ServeTests
{
    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        var home = await serving.Client.GetAsync("/archive/");
        var html = await home.Content.ReadAsStringAsync();

        Assert.Equal($"http://127.0.0.1:{serving.Port}/archive/", serving.Server.SiteUrl.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Contains("Second Paper", html);
        Assert.Contains($"<script src=\"/__papersite/reload.js?v={serving.Server.Site.Version}\"></script>\n</body>", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:{serving.Port}/archive/\">", html);
        Assert.Contains("Built 2 papers", serving.Output.ToString());
    }

    [Fact]
    public async Task Addresses_behave_as_on_github_pages()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        var client = serving.Client;

        var root = await client.GetAsync("/");
        var withoutSlash = await client.GetAsync("/archive/papers/first");
        var paper = await client.GetAsync("/archive/papers/first/");
        var feed = await client.GetAsync("/archive/feed.xml");
        var missing = await client.GetAsync("/archive/papers/none/");
        var outside = await client.GetAsync("/elsewhere/");
        using var posted = await client.PostAsync("/archive/", new StringContent(""));

        Assert.Equal((HttpStatusCode.Redirect, "/archive/"), (root.StatusCode, root.Headers.Location!.OriginalString));
        Assert.Equal((HttpStatusCode.MovedPermanently, $"http://127.0.0.1:{serving.Port}/archive/papers/first/"), (withoutSlash.StatusCode, withoutSlash.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.OK, paper.StatusCode);
        Assert.Contains("<h1>First Paper</h1>", await paper.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", feed.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("reload.js", await feed.Content.ReadAsStringAsync());
        Assert.Contains($"<link>http://127.0.0.1:{serving.Port}/archive/</link>", await feed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
        // Revalidated on every load, so a reload shows the newest build.
        Assert.Equal("no-cache", paper.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_reload_script_and_overlay_style_are_served_from_the_same_origin()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        var script = await serving.Client.GetAsync("/__papersite/reload.js");
        var style = await serving.Client.GetAsync("/__papersite/overlay.css");
        var other = await serving.Client.GetAsync("/__papersite/nothing.js");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("new EventSource(\"/__papersite/events?page=\" + encodeURIComponent(location.pathname))", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType!.ToString());
        Assert.Contains("#papersite-overlay", await style.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_built_files_are_served_unchanged_from_a_folder_of_the_servers_own()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        var folder = serving.Server.Site.Folder!;

        Assert.DoesNotContain("reload.js", File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.DoesNotContain("papersite-overlay", File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.False(folder.StartsWith(site.Root, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public async Task A_changed_record_is_served_after_the_rebuild()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper, Revised\ndate: 2025-10-10\nabstract: Changed.\n");

        await EventuallyAsync(
            async () => (await serving.Client.GetStringAsync("/archive/papers/first/")).Contains("First Paper, Revised", StringComparison.Ordinal) ? "shown" : null,
            "serving the changed record");
        // The new site is served as soon as it is swapped in; the line saying so is written just after.
        await EventuallyAsync(
            () => Task.FromResult(serving.Output.ToString().Contains("input/papers/2025/10/first.yaml changed: rebuilt 2 papers", StringComparison.Ordinal) ? "said" : null),
            "saying what changed");
    }

    [Fact]
    public async Task A_record_edit_renders_again_only_the_pages_that_show_that_record()
    {
        // Two papers on days of different weeks and months, so that each has pages of its own.
        using var site = TestSite.Create("""
            -- input/papers/2025/10/first.yaml --
            title: First Paper
            date: 2025-10-10
            abstract: The first abstract.
            -- input/papers/2025/08/second.yaml --
            title: Second Paper
            date: 2025-08-01
            abstract: The second abstract.
            """);
        await using var serving = await StartAsync(site);
        var folder = serving.Server.Site.Folder!;
        var secondsPage = Path.Combine(folder, "papers", "second", "index.html");
        var secondsDay = Path.Combine(folder, "days", "2025-08-01", "index.html");
        var before = (File.ReadAllText(secondsPage), File.GetLastWriteTimeUtc(secondsPage), File.GetLastWriteTimeUtc(secondsDay));

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, edited.\n");

        var line = await EventuallyAsync(
            () => Task.FromResult(serving.Output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("input/papers/2025/10/first.yaml changed: rebuilt 2 papers (", StringComparison.Ordinal))),
            "saying what was rendered");
        var counts = System.Text.RegularExpressions.Regex.Match(line, @"\((\d+) of (\d+) files rendered, the rest kept\)");
        Assert.True(counts.Success, line);
        var (rendered, total) = (int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.InRange(rendered, 1, total - 1);
        Assert.Contains("edited", await serving.Client.GetStringAsync("/archive/papers/first/"));
        // The other paper's page and day were not rendered again: the files are the ones written before, untouched.
        Assert.Equal(before, (File.ReadAllText(secondsPage), File.GetLastWriteTimeUtc(secondsPage), File.GetLastWriteTimeUtc(secondsDay)));
    }

    [Fact]
    public async Task An_edit_is_shown_in_the_open_page_ahead_of_the_rebuild_which_then_does_not_reload_it_again()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync("/archive/papers/first/");
        await events.NextNamedAsync("built", Patience);

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, edited.\n");
        var ahead = await events.NextNamedAsync("built", Patience);
        var page = await serving.Client.GetStringAsync("/archive/papers/first/");

        Assert.Contains("The first abstract, edited.", page, StringComparison.Ordinal);
        Assert.True(VersionIn(page) >= NumberOf(ahead.Data));
        var said = await EventuallyAsync(
            () => Task.FromResult(serving.Output.ToString().Contains("input/papers/2025/10/first.yaml changed: rebuilt 2 papers", StringComparison.Ordinal) ? serving.Output.ToString() : null),
            "the rebuild");
        Assert.Matches(@"input/papers/2025/10/first\.yaml changed: 1 open page shown in \d+ ms, ahead of the rebuild\.", said);
        Assert.True(said.IndexOf("ahead of the rebuild", StringComparison.Ordinal) < said.IndexOf("rebuilt 2 papers", StringComparison.Ordinal), said);
        // The rebuild wrote what the page already shows: no second reload.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => events.NextAsync(TimeSpan.FromSeconds(1)));
        Assert.Contains("The first abstract, edited.", await serving.Client.GetStringAsync("/archive/papers/first/"), StringComparison.Ordinal);

        // An edit that moves the paper (a new title reorders its day) waits for the rebuild, which reloads the page.
        // (A read given up on closes its stream: the page listens again.)
        using var again = await serving.OpenEventsAsync("/archive/papers/first/");
        await again.NextNamedAsync("built", Patience);
        site.Save("input/papers/2025/10/first.yaml", "title: A First Paper\ndate: 2025-10-10\nabstract: The first abstract, edited.\n");
        await again.NextNamedAsync("built", Patience);
        Assert.Contains("A First Paper", await serving.Client.GetStringAsync("/archive/papers/first/"), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(serving.Output.ToString(), "ahead of the rebuild"));
    }

    [Fact]
    public async Task Pages_shown_ahead_of_a_rebuild_that_fails_go_back_to_the_last_good_site()
    {
        // A day page that cannot render once an abstract says BOOM: the open paper page renders ahead, the rebuild fails.
        using var site = TestSite.Create(RunningServer.Archive + """

            -- theme/templates/day.html --
            {{~ for paper in papers ~}}{{ if paper.abstract_text | string.contains "BOOM" }}{{ include "partials/no-such-partial.html" }}{{ end }}{{~ end ~}}
            <h1>{{ day.date_text }}</h1>
            """);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync("/archive/papers/first/");
        await events.NextNamedAsync("built", Patience);

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, BOOM.\n");
        await events.NextNamedAsync("built", Patience);

        // The rebuild fails: the page is reloaded into the last good site, and its problems are shown over it. (The
        // page shown ahead is not fetched in between: the rebuild of so small a site may already have failed by then;
        // what the server said of it is read once it has.)
        await events.NextNamedAsync("built", Patience);
        Assert.DoesNotContain("BOOM", await serving.Client.GetStringAsync("/archive/papers/first/"), StringComparison.Ordinal);
        var failed = await events.NextNamedAsync("failed", Patience);
        Assert.Contains("no-such-partial", failed.Data, StringComparison.Ordinal);
        Assert.Empty(serving.Server.Site.Ahead);
        Assert.Matches(@"input/papers/2025/10/first\.yaml changed: 1 open page shown in \d+ ms, ahead of the rebuild\.", serving.Output.ToString());
    }

    [Fact]
    public async Task An_edit_after_a_save_that_changed_nothing_is_still_shown_ahead_and_a_second_file_read_waits_for_the_rebuild()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync("/archive/papers/first/");
        await events.NextNamedAsync("built", Patience);

        // Saved as it was: the site is kept as it is, and what it was rendered from with it.
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract.\n");
        await EventuallyAsync(() => Task.FromResult(serving.Output.ToString().Contains("first.yaml changed: rebuilt", StringComparison.Ordinal) ? "rebuilt" : null), "the rebuild");
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: The first abstract, edited.\n");
        await events.NextNamedAsync("built", Patience);

        Assert.Contains("edited", await serving.Client.GetStringAsync("/archive/papers/first/"), StringComparison.Ordinal);
        Assert.Contains("first.yaml changed: 1 open page shown in", serving.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_announces_each_rebuild_with_a_new_version()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync();
        Assert.Equal("text/event-stream", events.Response.Content.Headers.ContentType!.ToString());
        var current = await events.NextNamedAsync("built", Patience);
        Assert.Equal(serving.Server.Site.Version, current.Data);

        site.Save("input/papers/2025/10/third.yaml", "title: Third Paper\ndate: 2025-10-11\nabstract: New.\n");
        var rebuilt = await events.NextNamedAsync("built", Patience);
        var home = await serving.Client.GetStringAsync("/archive/");

        // The watcher may see the save as more than one batch, so a later version may already be served:
        // versions only grow, and what is served after the announcement is at least the announced one.
        Assert.True(NumberOf(rebuilt.Data) > NumberOf(current.Data), $"{rebuilt.Data} does not follow {current.Data}");
        Assert.True(VersionIn(home) >= NumberOf(rebuilt.Data), $"the page served after {rebuilt.Data} is older");
        Assert.Contains("Third Paper", home);
    }

    [Fact]
    public async Task A_theme_change_is_rebuilt_too()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        site.Save("theme/assets/style.css", "body { color: rebeccapurple; }\n");

        await EventuallyAsync(
            async () => (await serving.Client.GetStringAsync("/archive/assets/style.css")).Contains("rebeccapurple", StringComparison.Ordinal) ? "shown" : null,
            "serving the theme's new stylesheet");
    }

    [Fact]
    public async Task A_new_base_url_path_moves_the_site()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        site.Save("input/site.yaml", "title: Test Archive\nbase_url: https://example.org/moved/\n");

        await EventuallyAsync(
            async () => (await serving.Client.GetAsync("/moved/")).StatusCode == HttpStatusCode.OK ? "moved" : null,
            "serving under the new path");
        Assert.Equal("/moved/", (await serving.Client.GetAsync("/")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await serving.Client.GetAsync("/archive/")).StatusCode);
        Assert.Contains($"base_url's path changed: now serving http://127.0.0.1:{serving.Port}/moved/", serving.Output.ToString());
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_site_and_sends_its_problems()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync();
        var version = (await events.NextNamedAsync("built", Patience)).Data;

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper, Broken\ndate: 2025-02-30\nabstract: Changed.\n");
        var failed = await events.NextNamedAsync("failed", Patience);

        using var problems = JsonDocument.Parse(failed.Data);
        var problem = Assert.Single(problems.RootElement.EnumerateArray());
        Assert.Equal(
            ("error", "PS0103", "input/papers/2025/10/first.yaml", 2, 7, "'date' must be a real date as yyyy-MM-dd, got '2025-02-30'."),
            (problem.GetProperty("severity").GetString(), problem.GetProperty("code").GetString(), problem.GetProperty("file").GetString(),
             problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(), problem.GetProperty("message").GetString()));
        // A failure never changes the version: open pages keep the last good site and show the overlay.
        Assert.Equal(version, serving.Server.Site.Version);
        var page = await serving.Client.GetAsync("/archive/papers/first/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>First Paper</h1>", await page.Content.ReadAsStringAsync());
        Assert.Contains("input/papers/2025/10/first.yaml(2,7): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.", serving.Error.ToString());
        Assert.Contains("the rebuild failed (1 error, 0 warnings); still serving the last good site.", serving.Error.ToString());
    }

    [Fact]
    public async Task A_page_opened_while_the_site_is_broken_is_told_the_problems_at_once_and_their_end()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstrct: Misspelt.\n");
        await EventuallyAsync(() => Task.FromResult(serving.Server.Site.Problems.Count > 0 ? "failed" : null), "the failed rebuild");

        using var events = await serving.OpenEventsAsync();
        var built = await events.NextAsync(Patience);
        var failed = await events.NextAsync(Patience);
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: Spelt right.\n");
        var fixedBuild = await events.NextNamedAsync("built", Patience);

        Assert.Equal("built", built!.Name);
        Assert.Equal("failed", failed!.Name);
        using (var problems = JsonDocument.Parse(failed.Data))
        {
            Assert.Contains(problems.RootElement.EnumerateArray(), p => p.GetProperty("message").GetString()!.StartsWith("'abstrct' is not a known key", StringComparison.Ordinal));
        }

        Assert.True(NumberOf(fixedBuild.Data) > NumberOf(built.Data));
        Assert.Empty(serving.Server.Site.Problems);
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
        await using var serving = await StartAsync(site);

        var failing = await serving.Client.GetAsync("/archive/");
        var text = await failing.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        Assert.Contains("&#39;abstrct&#39; is not a known key; did you mean &#39;abstract&#39;?", text);
        Assert.Contains("/__papersite/reload.js?v=", text);
        Assert.Contains("The build failed (2 errors, 0 warnings)", serving.Error.ToString());

        site.Save("input/papers/2025/10/first.yaml", "title: First Paper\ndate: 2025-10-10\nabstract: Spelt right.\n");

        await EventuallyAsync(
            async () => (await serving.Client.GetAsync("/archive/")).StatusCode == HttpStatusCode.OK ? "built" : null,
            "serving the site once it builds");
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_removes_the_built_folder()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        var serving = await StartAsync(site);
        var folder = serving.Server.Site.Folder!;
        using var events = await serving.OpenEventsAsync();
        await events.NextNamedAsync("built", Patience);

        var stopping = serving.Server.DisposeAsync().AsTask();
        var stopped = await Task.WhenAny(stopping, Task.Delay(Patience));

        Assert.Same(stopping, stopped);
        Assert.Null(await events.NextAsync(Patience));
        Assert.False(Directory.Exists(folder));
        serving.Client.Dispose();
    }

    [Fact]
    public async Task Quiet_prints_problems_only()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site, quiet: true);
        using var events = await serving.OpenEventsAsync();
        await events.NextNamedAsync("built", Patience);

        site.Save("input/papers/2025/10/third.yaml", "title: Third Paper\ndate: 2025-10-11\nabstract: New.\n");
        await events.NextNamedAsync("built", Patience);
        site.Save("input/papers/2025/10/third.yaml", "title: Third Paper\ndate: 2025-10-11\n");
        await events.NextNamedAsync("failed", Patience);

        Assert.Equal("", serving.Output.ToString());
        Assert.Contains("error PS0101", serving.Error.ToString());
    }

    [Fact]
    public async Task A_taken_port_is_an_error_naming_it()
    {
        using var site = TestSite.Create(RunningServer.Archive);
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
}
