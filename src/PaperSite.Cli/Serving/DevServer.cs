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
using PaperSite.Pipeline;

namespace PaperSite.Cli.Serving;

/// <summary>
/// <c>papersite serve</c>'s server: builds the site into a folder of its own, serves it on 127.0.0.1
/// under base_url's path, rebuilds when <c>input/</c> or <c>theme/</c> changes, and tells open pages to
/// reload. A failed rebuild prints its problems and keeps the last good site. Stopped by
/// <see cref="DisposeAsync"/>, which also removes the built folder.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private readonly SiteSources _sources;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly string _workFolder;
    private readonly string _siteFolder;
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private readonly ReloadEvents _events = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SiteWatcher _watcher;
    private WebApplication? _app;
    private Task _rebuilding = Task.CompletedTask;
    private ServedSite _site;
    private int _shownVersion;
    private int _port;

    private DevServer(ServeOptions options, TextWriter output, TextWriter error)
    {
        _sources = new SiteSources(Path.GetFullPath(options.Root));
        _output = TextWriter.Synchronized(output);
        _error = TextWriter.Synchronized(error);
        _workFolder = Path.Combine(Path.GetTempPath(), "papersite-serve", $"{Environment.ProcessId}-{_session}");
        _siteFolder = Path.Combine(_workFolder, "site");
        _site = new ServedSite(null, "/", Version(0), []);
        // Watching starts before the first build, so a change made while it runs is not lost.
        _watcher = new SiteWatcher(_sources.Root, options.Quiet);
    }

    /// <summary>Where the site is served, such as http://127.0.0.1:8080/repo/.</summary>
    public Uri SiteUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}{_site.BasePath}"));

    /// <summary>What is served now.</summary>
    public ServedSite Site => Volatile.Read(ref _site);

    /// <summary>Pages listening for reloads right now.</summary>
    public int Listeners => _events.ListenerCount;

    /// <summary>Starts listening, builds the site, and starts watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Root))
        {
            throw new DirectoryNotFoundException($"the site root '{options.Root}' does not exist.");
        }

        var server = new DevServer(options, output, error);
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
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(HandleAsync);
        _app = app;
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _port = new Uri(address).Port;
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path == ReloadScript.Path)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync(ReloadScript.Source, context.RequestAborted);
        }

        if (path == ReloadScript.EventsPath)
        {
            return _events.StreamAsync(context, () => Site.Version, _stopping.Token);
        }

        return SiteFiles.ServeAsync(context, Site);
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
        var (result, basePath) = PreviewBuild.Run(_sources, _siteFolder, _port);
        DiagnosticPrinter.Print(result.Diagnostics, DiagnosticPrinter.TextFormat, _error);
        var what = changed is null ? "" : $"{Describe(changed)} changed: ";
        var previous = Site;
        if (result.Succeeded)
        {
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            _output.WriteLine($"{what}{(changed is null ? "Built" : "rebuilt")} {result.Papers} papers in {seconds} s.");
            if (changed is not null && basePath != previous.BasePath)
            {
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"base_url's path changed: now serving http://127.0.0.1:{_port}{basePath}"));
            }

            Show(new ServedSite(_siteFolder, basePath!, Version(++_shownVersion), []));
            return;
        }

        var summary = DiagnosticPrinter.Summary(result.Diagnostics);
        if (previous.Folder is null)
        {
            _error.WriteLine($"{what}{(changed is null ? "The" : "the")} build failed ({summary}); fix the problems and the site is rebuilt.");
            Show(new ServedSite(null, basePath ?? previous.BasePath, Version(++_shownVersion), result.Diagnostics));
            return;
        }

        _error.WriteLine($"{what}the rebuild failed ({summary}); still serving the last good site.");
        _events.Publish("failed", string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    private void Show(ServedSite site)
    {
        Volatile.Write(ref _site, site);
        _events.Publish("built", site.Version);
    }

    private string Version(int number) => string.Create(CultureInfo.InvariantCulture, $"{_session}-{number}");

    /// <summary>Names what changed, preferring a path that still exists: editors save through temporary files.</summary>
    private string Describe(IReadOnlyList<string> changed)
    {
        var shown = changed.FirstOrDefault(p => Path.Exists(Path.Combine(_sources.Root, p))) ?? changed[0];
        return changed.Count == 1 ? shown : $"{shown} and {changed.Count - 1} more";
    }
}
