using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The Server-Sent Events stream that served pages listen to: <c>built</c> with the current version when
/// a page connects and after each rebuild that changes what is shown, <c>failed</c> with the problems when
/// a rebuild fails and the last good site stays.
/// </summary>
internal sealed class ReloadEvents
{
    private readonly Lock _gate = new();
    private readonly List<ChannelWriter<(string Name, string Data)>> _listeners = [];

    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    public void Publish(string name, string data)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.TryWrite((name, data));
            }
        }
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, Func<string> currentVersion, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // A page that misses a few events only needs the newest: it compares versions, not counts.
        var channel = Channel.CreateBounded<(string Name, string Data)>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(channel.Writer);
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // Subscribed first, then told the current version: no rebuild can fall between the two.
            await WriteAsync(response, "retry: 1000\n\n", ended.Token);
            await WriteAsync(response, Format("built", currentVersion()), ended.Token);
            await foreach (var (name, data) in channel.Reader.ReadAllAsync(ended.Token))
            {
                await WriteAsync(response, Format(name, data), ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: both end the stream normally.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel.Writer);
            }
        }
    }

    /// <summary>One event; every line of the data gets its own <c>data:</c> field, as the format requires.</summary>
    public static string Format(string name, string data)
    {
        var text = new StringBuilder();
        text.Append("event: ").Append(name).Append('\n');
        foreach (var line in data.ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
