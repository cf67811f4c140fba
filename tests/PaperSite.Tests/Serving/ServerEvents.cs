namespace PaperSite.Tests.Serving;

/// <summary>Reads a Server-Sent Events stream one event at a time, each read bounded in time.</summary>
internal sealed class ServerEvents(HttpResponseMessage response, Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public sealed record Event(string Name, string Data);

    public static async Task<ServerEvents> OpenAsync(HttpClient client, Uri url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new ServerEvents(response, await response.Content.ReadAsStreamAsync());
    }

    public HttpResponseMessage Response => response;

    /// <summary>The next event, or null when the stream ends; throws when none comes within the timeout.</summary>
    public async Task<Event?> NextAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return new Event(name, string.Join("\n", data));
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        return null;
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<Event> NextNamedAsync(string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = await NextAsync(deadline - DateTime.UtcNow) ?? throw new InvalidOperationException($"the stream ended before a '{name}' event.");
            if (next.Name == name)
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        response.Dispose();
    }
}
