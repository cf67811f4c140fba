using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using PaperSite.Cli.Serving;
using PaperSite.Testing;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Serving;

/// <summary>A dev server on a free port for one test, with a client that talks to it and what it printed.</summary>
internal sealed partial class RunningServer : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public const string Archive = """
        -- input/papers/2025/10/first.yaml --
        title: First Paper
        date: 2025-10-10
        abstract: The first abstract.
        -- input/papers/2025/10/second.yaml --
        title: Second Paper
        date: 2025-10-10
        abstract: The second abstract.
        """;

    private RunningServer(DevServer server, HttpClient client, StringWriter output, StringWriter error) =>
        (Server, Client, Output, Error) = (server, client, output, error);

    public DevServer Server { get; }

    public HttpClient Client { get; }

    public StringWriter Output { get; }

    public StringWriter Error { get; }

    public int Port => Server.SiteUrl.Port;

    public static async Task<RunningServer> StartAsync(TestSite site, bool quiet = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var server = await DevServer.StartAsync(new ServeOptions { Root = site.Root, Port = 0, Quiet = quiet }, output, error, CliRunner.NoProgress, CancellationToken.None);
        // Only ever 127.0.0.1, never through a proxy a machine may have configured.
        var client = new HttpClient(new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = server.SiteUrl, Timeout = Patience };
        return new RunningServer(server, client, output, error);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The event stream, as the page at <paramref name="page"/> (such as <c>/archive/papers/first/</c>) opens it, or as a page that does not say.</summary>
    public Task<ServerEvents> OpenEventsAsync(string? page = null) =>
        ServerEvents.OpenAsync(Client, new Uri("/__papersite/events" + (page is null ? "" : "?page=" + Uri.EscapeDataString(page)), UriKind.Relative));

    /// <summary>Retries until <paramref name="attempt"/> gives a value: a rebuild follows a save after a settling time, not at once.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> attempt, string what)
        where T : class
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

    /// <summary>The version number a served page's script tag carries: versions only grow, so later pages carry larger ones.</summary>
    public static int VersionIn(string html)
    {
        var match = ScriptTag().Match(html);
        Assert.True(match.Success, "the page carries no preview script tag.");
        return int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static int NumberOf(string version) => int.Parse(version[(version.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends the request line exactly as written: HttpClient would resolve the dot segments itself.</summary>
    public async Task<(string Status, string Response)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var deadline = new CancellationTokenSource(Patience);
        var response = await reader.ReadToEndAsync(deadline.Token);
        return (response.Split(' ')[1], response);
    }

    [GeneratedRegex("/__papersite/reload\\.js\\?v=[0-9a-f]+-(?<number>[0-9]+)\"")]
    private static partial Regex ScriptTag();
}
