using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The events served pages listen to, as a stream per page for <c>TypedResults.ServerSentEvents</c>, which
/// does the framing: <c>built</c> with the current version when a page connects and after each successful
/// build, <c>failed</c> with the problems (<see cref="ProblemsJson"/>) when a build fails and the last good site stays.
/// Each stream knows the page it was opened from (the address's path), so the server knows which pages are open.
/// </summary>
internal sealed class ReloadEvents
{
    public const string Built = "built";
    public const string Failed = "failed";

    /// <summary>How soon a page reconnects after losing the stream (a restarted server, say).</summary>
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly List<(ChannelWriter<SseItem<string>> Writer, string? Page)> _listeners = [];

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

    /// <summary>The path of each page listening now (such as <c>/repo/papers/x/</c>), null for one that did not say.</summary>
    public IReadOnlyList<string?> OpenPages
    {
        get
        {
            lock (_gate)
            {
                return [.. _listeners.Select(listener => listener.Page)];
            }
        }
    }

    public void Publish(string name, string data)
    {
        lock (_gate)
        {
            foreach (var (writer, _) in _listeners)
            {
                writer.TryWrite(new SseItem<string>(data, name));
            }
        }
    }

    /// <summary>The events for the page at <paramref name="page"/>, starting with the state now, until the page goes away or the server stops.</summary>
    public async IAsyncEnumerable<SseItem<string>> ListenAsync(Func<ServedSite> current, string? page, [EnumeratorCancellation] CancellationToken ended)
    {
        // A page that misses a few events only needs the newest: it compares versions, not counts.
        var channel = Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        var listener = (channel.Writer, page);
        lock (_gate)
        {
            _listeners.Add(listener);
        }

        try
        {
            // Subscribed first, then told the state: no build can fall between the two.
            var site = current();
            yield return new SseItem<string>(site.Version, Built) { ReconnectionInterval = Reconnect };
            if (site.Problems.Count > 0)
            {
                yield return new SseItem<string>(ProblemsJson.Write(site.Problems), Failed);
            }

            while (await WaitAsync(channel.Reader, ended))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(listener);
            }
        }
    }

    /// <summary>Waits for an event; false once the page went away or the server is stopping, which end the stream normally.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<SseItem<string>> reader, CancellationToken ended)
    {
        try
        {
            return await reader.WaitToReadAsync(ended);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
