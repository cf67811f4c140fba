using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperSite.Cli.Progress;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Pipeline;
using PaperSite.Views;

namespace PaperSite.Cli.Serving;

/// <summary>
/// <c>papersite serve</c>'s server: builds the site into a folder of its own, serves it on 127.0.0.1
/// under base_url's path, rebuilds when <c>input/</c> or <c>theme/</c> changes, and tells open pages to
/// reload. A failed rebuild prints its problems, keeps the last good site and shows the problems over the
/// open pages until a build succeeds. Files are served by ASP.NET Core's static-file middleware (ETag,
/// Last-Modified, ranges) through <see cref="SiteFileProvider"/>. Stopped by
/// <see cref="DisposeAsync"/>, which also removes the built folder.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    /// <summary>More pages open than this (many tabs, or a script opening streams) and an edit waits for the rebuild.</summary>
    private const int MostPagesAhead = 16;

    private static readonly string SearchPageFile = SiteUrls.FileOf(PaperSite.Pipeline.Pages.SearchPage.Path);

    private readonly SiteSources _sources;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly ConsoleEnvironment _console;
    private readonly bool _quiet;
    private readonly string _workFolder;
    private readonly string _siteFolder;
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private readonly ReloadEvents _events = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SiteWatcher _watcher;
    private readonly RenderedSlot _rendered = new();
    private WebApplication? _app;
    private Task _rebuilding = Task.CompletedTask;
    private ServedSite _site;
    private int _shownVersion;
    private int _port;

    private DevServer(ServeOptions options, TextWriter output, TextWriter error, ConsoleEnvironment console)
    {
        _sources = new SiteSources(Path.GetFullPath(options.Root));
        _output = TextWriter.Synchronized(output);
        _error = TextWriter.Synchronized(error);
        _console = console;
        _quiet = options.Quiet;
        _workFolder = Path.Combine(Path.GetTempPath(), "papersite-serve", $"{Environment.ProcessId}-{_session}");
        _siteFolder = Path.Combine(_workFolder, "site");
        _site = new ServedSite(null, "/", Version(0), DateTimeOffset.MinValue, []);
        // Watching starts before the first build, so a change made while it runs is not lost.
        _watcher = new SiteWatcher(_sources.Root, options.SettleTime);
    }

    /// <summary>Where the site is served, such as http://127.0.0.1:8080/repo/.</summary>
    public Uri SiteUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}{_site.BasePath}"));

    /// <summary>What is served now.</summary>
    public ServedSite Site => Volatile.Read(ref _site);

    /// <summary>Pages listening for reloads right now.</summary>
    public int Listeners => _events.ListenerCount;

    /// <summary>Starts listening, builds the site, and starts watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static Task<DevServer> StartAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        StartAsync(options, output, error, ConsoleEnvironment.Redirected, cancellationToken);

    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter output, TextWriter error, ConsoleEnvironment console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Root))
        {
            throw new DirectoryNotFoundException($"the site root '{options.Root}' does not exist.");
        }

        var server = new DevServer(options, output, error, console);
        try
        {
            await server.ListenAsync(options.Port, cancellationToken);
            await Task.Run(() => server.Rebuild(changed: null), cancellationToken);
            server._rebuilding = Task.Run(() => server.RebuildOnChangesAsync(server._stopping.Token), CancellationToken.None);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        try
        {
            await _rebuilding;
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation; that is how it is stopped.
        }

        _stopping.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // Only a temporary folder is left behind; the system's temp cleaning removes it.
        }
    }

    private async Task ListenAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _sources.Root });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Loopback only: a preview of unpublished work is nobody else's business.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        var files = new SiteFileProvider(() => Site);
        app.Use(OnlyReadingAsync);
        app.Use(PreviewAsync);
        app.Use(IntoSiteAsync);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"], RedirectToAppendTrailingSlash = true });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PreviewContentTypes(),
            // Always revalidated (ETag, Last-Modified), so a reload shows the newest build without refetching the rest.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(context => FallbackPages.NotFoundAsync(context, Site));
        _app = app;
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _port = new Uri(address).Port;
    }

    /// <summary>The site is read, never written: anything but GET and HEAD is refused.</summary>
    private static Task OnlyReadingAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        FallbackPages.MethodNotAllowed(context);
        return Task.CompletedTask;
    }

    /// <summary>The preview's own addresses, outside the site's path, where no site file can be.</summary>
    private Task PreviewAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(PreviewClient.Prefix))
        {
            return next(context);
        }

        return context.Request.Path == PreviewClient.EventsPath ? StreamEventsAsync(context) : PreviewClient.ServeFileAsync(context);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        // Which page listens, as its script says; a path no page has (over 2,000 characters) is taken as none said.
        var page = context.Request.Query["page"].FirstOrDefault() is { Length: <= 2_000 } given ? given : null;
        await TypedResults.ServerSentEvents(_events.ListenAsync(() => Site, page, ended.Token)).ExecuteAsync(context);
    }

    /// <summary>
    /// Serves the site under base_url's path, as GitHub Pages serves a project site: the root redirects there,
    /// "/repo" gets its slash, and any other address is not found. Below the path, the static-file middleware
    /// answers (with the path moved to PathBase, so its redirects keep it).
    /// </summary>
    private Task IntoSiteAsync(HttpContext context, RequestDelegate next)
    {
        var site = Site;
        var request = context.Request;
        var basePath = PathString.FromUriComponent(site.BasePath.TrimEnd('/'));
        if (!request.Path.StartsWithSegments(basePath, out var rest))
        {
            if (request.Path == "/" || !request.Path.HasValue)
            {
                context.Response.Redirect(site.BasePath);
                return Task.CompletedTask;
            }

            return FallbackPages.NotFoundAsync(context, site);
        }

        if (!rest.HasValue)
        {
            // "/repo" is the folder "/repo/": relative links in its pages need the slash.
            context.Response.Redirect(site.BasePath);
            return Task.CompletedTask;
        }

        if (site.Folder is null)
        {
            return FallbackPages.NotBuiltAsync(context, site);
        }

        request.PathBase = request.PathBase.Add(basePath);
        request.Path = rest;
        return next(context);
    }

    private async Task RebuildOnChangesAsync(CancellationToken cancellationToken)
    {
        await foreach (var batch in _watcher.ReadBatchesAsync(cancellationToken))
        {
            Rebuild(batch);
        }
    }

    /// <summary>Builds once and updates what is served; <paramref name="changed"/> is null for the first build.</summary>
    private void Rebuild(IReadOnlyList<string>? changed)
    {
        Dictionary<string, byte[]>? ahead = null;
        try
        {
            ahead = changed is null ? null : RenderAhead(changed);
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // Rendering ahead is a shortcut: whatever stops it, the rebuild below still shows the edit.
            _error.WriteLine($"rendering the open pages ahead of the rebuild failed ({problem.GetType().Name}: {problem.Message}); the rebuild shows the edit.");
        }

        var progress = _console.Display(_error, _quiet, DiagnosticPrinter.TextFormat);
        var result = PreviewBuild.Run(_sources, _siteFolder, _port, _rendered, progress);
        progress.Complete();
        DiagnosticPrinter.Print(result.Diagnostics, DiagnosticPrinter.TextFormat, _error);
        var what = changed is null ? "" : $"{Describe(changed)} changed: ";
        var previous = Site;
        // The path comes from the settings the build itself read, so it always matches the pages' links.
        var basePath = result.Settings?.BasePath;
        if (result.Succeeded)
        {
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            // After a change, how much was rendered again: only the pages that show what changed (the build cache keeps the rest).
            var files = changed is null || result.FilesKept == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{result.FilesWritten} files written")
                : string.Create(CultureInfo.InvariantCulture, $"{result.FilesWritten - result.FilesKept} of {result.FilesWritten} files rendered, the rest kept");
            Say($"{what}{(changed is null ? "Built" : "rebuilt")} {result.Papers} papers ({files}) in {seconds} s.");
            if (changed is not null && basePath != previous.BasePath)
            {
                Say(string.Create(CultureInfo.InvariantCulture, $"base_url's path changed: now serving http://127.0.0.1:{_port}{basePath}"));
            }

            var built = new ServedSite(_siteFolder, basePath!, Version(++_shownVersion), NextSince(previous), []);
            if (ahead is not null && basePath == previous.BasePath && OpenPagesShowTheSame(built, ahead))
            {
                // The open pages already show what the rebuild made (rendered ahead): reloading them again would only flash.
                Volatile.Write(ref _site, built);
                return;
            }

            Show(built);
            return;
        }

        var summary = DiagnosticPrinter.Summary(result.Diagnostics);
        if (previous.Folder is null)
        {
            _error.WriteLine($"{what}{(changed is null ? "The" : "the")} build failed ({summary}); fix the problems and the site is rebuilt.");
            Show(new ServedSite(null, basePath ?? previous.BasePath, Version(++_shownVersion), NextSince(previous), result.Diagnostics));
            return;
        }

        _error.WriteLine($"{what}the rebuild failed ({summary}); still serving the last good site.");
        if (previous.Ahead.Count > 0)
        {
            // Pages rendered ahead of a build that failed were never part of a good site: back to the last good one.
            Show(previous with { Version = Version(++_shownVersion), Since = NextSince(previous), Ahead = ServedSite.NoPages, Problems = result.Diagnostics });
        }
        else
        {
            Volatile.Write(ref _site, previous with { Problems = result.Diagnostics });
        }

        _events.Publish(ReloadEvents.Failed, ProblemsJson.Write(result.Diagnostics));
    }

    /// <summary>
    /// After an edit to one record that moves nothing, the open pages rendered again from the last build's model with the
    /// record as it is now, and shown at once, before the rebuild (<see cref="RenderedSite"/>). Returns what the open
    /// pages show once this is done, to compare the rebuild with (an edit that changes none of them shows nothing
    /// new); null when the edit is not one to render ahead.
    /// </summary>
    private Dictionary<string, byte[]>? RenderAhead(IReadOnlyList<string> changed)
    {
        var site = Site;
        if (_rendered.Site is not { } rendered || site.Folder is null || site.Problems.Count > 0 || EditedRecord.Of(changed, _sources, rendered) is not { } path)
        {
            return null;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var open = _events.OpenPages.OfType<string>().Select(page => FileOf(site, page)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // Read as a build reads it (no link followed, no file over the size limit); a problem is the rebuild's to report.
        if (open.Count > MostPagesAhead || SourceFile.Read(Path.Combine(_sources.Root, path), path, new DiagnosticBag()) is not { } bytes
            || rendered.RenderEdit(path, bytes, open) is not { } pages)
        {
            return null;
        }

        var shown = Shown(site, open);
        var differ = pages.Where(page => !shown.TryGetValue(page.Key, out var before) || !before.AsSpan().SequenceEqual(page.Value)).ToList();
        if (differ.Count > 0)
        {
            foreach (var (file, content) in differ)
            {
                shown[file] = content;
            }

            Show(site with { Version = Version(++_shownVersion), Since = NextSince(site), Ahead = differ.ToDictionary(StringComparer.Ordinal) });
            var ms = clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            Say(string.Create(CultureInfo.InvariantCulture, $"{path} changed: {differ.Count} open {(differ.Count == 1 ? "page" : "pages")} shown in {ms} ms, ahead of the rebuild."));
        }

        return shown;
    }

    /// <summary>
    /// Whether every page open now shows in <paramref name="built"/> what it shows already (<paramref name="shown"/>): never
    /// when a listener did not say which page it is, nor when the search page is open, whose script holds the old index.
    /// </summary>
    private bool OpenPagesShowTheSame(ServedSite built, Dictionary<string, byte[]> shown) =>
        _events.OpenPages.Select(page => page is null ? null : FileOf(built, page)).All(file =>
            file is not null && file != SearchPageFile && shown.TryGetValue(file, out var before)
            && Shown(built, [file]).TryGetValue(file, out var now) && before.AsSpan().SequenceEqual(now));

    /// <summary>The bytes each of <paramref name="files"/> is served with now (before the preview's script is added); a file that cannot be read is left out.</summary>
    private static Dictionary<string, byte[]> Shown(ServedSite site, IEnumerable<string> files)
    {
        var shown = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (site.Ahead.TryGetValue(file, out var ahead))
            {
                shown[file] = ahead;
                continue;
            }

            try
            {
                shown[file] = File.ReadAllBytes(Path.Combine(site.Folder!, file));
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Not there (any more): not a page that shows the same.
            }
        }

        return shown;
    }

    /// <summary>The page file an open page's path names (<c>/repo/papers/x/</c> is <c>papers/x/index.html</c>), or null when it is not a page of the site.</summary>
    private static string? FileOf(ServedSite site, string page)
    {
        if (site.Folder is null || !page.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        // The path as the folder names it (not as given: "//", "." and ".." spell the same file many ways, or none in it).
        var relative = Uri.UnescapeDataString(page[site.BasePath.Length..]);
        return SiteFileProvider.Resolve(site.Folder, SiteUrls.FileOf(relative)) is { } full && File.Exists(full) && PreviewContentTypes.IsHtml(full)
            ? Path.GetRelativePath(site.Folder, full).Replace('\\', '/')
            : null;
    }

    private void Show(ServedSite site)
    {
        Volatile.Write(ref _site, site);
        _events.Publish(ReloadEvents.Built, site.Version);
    }

    private void Say(string line)
    {
        if (!_quiet)
        {
            _output.WriteLine(line);
        }
    }

    /// <summary>Now in whole seconds (what HTTP dates hold), and always past the previous version's.</summary>
    private static DateTimeOffset NextSince(ServedSite previous)
    {
        var now = DateTimeOffset.UtcNow;
        var second = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return previous.Since == DateTimeOffset.MinValue || second > previous.Since ? second : previous.Since.AddSeconds(1);
    }

    private string Version(int number) => string.Create(CultureInfo.InvariantCulture, $"{_session}-{number}");

    /// <summary>Names what changed, preferring a path that still exists: editors save through temporary files.</summary>
    private string Describe(IReadOnlyList<string> changed)
    {
        var shown = changed.FirstOrDefault(p => Path.Exists(Path.Combine(_sources.Root, p))) ?? changed[0];
        return changed.Count == 1 ? shown : $"{shown} and {changed.Count - 1} more";
    }
}
