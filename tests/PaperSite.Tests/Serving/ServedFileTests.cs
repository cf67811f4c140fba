using System.Net;
using System.Net.Http.Headers;
using PaperSite.Testing;
using static PaperSite.Tests.Serving.RunningServer;

namespace PaperSite.Tests.Serving;

/// <summary>How the preview serves the built files: validators, ranges, and nothing outside the site's folder.</summary>
[Collection(HeavyTests.Name)]
public sealed class ServedFileTests
{
    [Fact]
    public async Task A_file_the_browser_holds_is_revalidated_with_its_etag()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        var first = await serving.Client.GetAsync("/archive/assets/style.css");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/archive/assets/style.css");
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await serving.Client.SendAsync(again);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/archive/assets/style.css");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"another\""));
        var refetched = await serving.Client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/css; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, refetched.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await refetched.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_range_of_a_file_is_served_as_partial_content()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        var whole = await serving.Client.GetByteArrayAsync("/archive/feed.xml");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/archive/feed.xml");
        request.Headers.Range = new RangeHeaderValue(10, 29);
        var part = await serving.Client.SendAsync(request);
        using var beyond = new HttpRequestMessage(HttpMethod.Get, "/archive/feed.xml");
        beyond.Headers.Range = new RangeHeaderValue(whole.Length + 10, whole.Length + 20);
        var unsatisfiable = await serving.Client.SendAsync(beyond);

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 10-29/{whole.Length}", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal(whole[10..30], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
    }

    [Fact]
    public async Task A_range_of_a_page_counts_the_bytes_as_served_with_the_script_tag()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        var whole = await serving.Client.GetByteArrayAsync("/archive/papers/first/");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/archive/papers/first/");
        request.Headers.Range = new RangeHeaderValue(whole.Length - 40, null);
        var tail = await serving.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(whole[^40..], await tail.Content.ReadAsByteArrayAsync());
        Assert.Equal(File.ReadAllBytes(Path.Combine(serving.Server.Site.Folder!, "papers/first/index.html")).Length + serving.Server.Site.Version.Length + "<script src=\"/__papersite/reload.js?v=\"></script>\n".Length, whole.Length);
    }

    [Fact]
    public async Task A_page_of_an_older_version_is_never_revalidated_as_current()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        using var events = await serving.OpenEventsAsync();
        await events.NextNamedAsync("built", Patience);
        var before = await serving.Client.GetAsync("/archive/papers/second/");
        var etag = before.Headers.ETag!;
        using (var same = new HttpRequestMessage(HttpMethod.Get, "/archive/papers/second/"))
        {
            same.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await serving.Client.SendAsync(same)).StatusCode);
        }

        // The page's own bytes do not change, but the version its script tag must carry does.
        site.Save("input/papers/2025/10/first.yaml", "title: First Paper, Revised\ndate: 2025-10-10\nabstract: Changed.\n");
        await events.NextNamedAsync("built", Patience);
        using var after = new HttpRequestMessage(HttpMethod.Get, "/archive/papers/second/");
        after.Headers.IfNoneMatch.Add(etag);
        var response = await serving.Client.SendAsync(after);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(VersionIn(await response.Content.ReadAsStringAsync()) > VersionIn(await before.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Paths_that_climb_out_of_the_site_are_not_served()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);

        foreach (var target in new[] { "/archive/../../input/site.yaml", "/archive/%2e%2e/%2e%2e/input/site.yaml", "/archive/..%2f..%2finput/site.yaml", "/archive/..\\..\\input\\site.yaml", "/archive/%2e%2e%5c%2e%2e%5cinput%5csite.yaml" })
        {
            var (status, response) = await serving.RawGetAsync(target);

            Assert.DoesNotContain("Test Archive", response);
            Assert.NotEqual("200", status);
        }
    }

    [Fact]
    public async Task Symbolic_links_in_the_served_folder_are_not_followed()
    {
        using var site = TestSite.Create(RunningServer.Archive);
        await using var serving = await StartAsync(site);
        var folder = serving.Server.Site.Folder!;
        // Nothing the build writes is a link; one planted in the folder must still lead nowhere.
        File.CreateSymbolicLink(Path.Combine(folder, "settings.yaml"), Path.Combine(site.Root, "input/site.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "sources"), Path.Combine(site.Root, "input"));

        var file = await serving.Client.GetAsync("/archive/settings.yaml");
        var throughFolder = await serving.Client.GetAsync("/archive/sources/site.yaml");
        var folderIndex = await serving.Client.GetAsync("/archive/sources/");

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughFolder.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, folderIndex.StatusCode);
        Assert.DoesNotContain("Test Archive", await throughFolder.Content.ReadAsStringAsync());
    }
}
