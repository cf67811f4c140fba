namespace PaperSite.Model;

/// <summary>
/// The path of a site's base_url, which every internal link starts with. A path that begins with "//" turns
/// each of those links into a protocol-relative address on another host ("//evil.example/papers/p/"), and
/// browsers and the URL parser turn "/\", "/a/..//" and their percent-encoded forms into "//" too. So such a
/// path is refused when the settings are read (<see cref="FindProblem"/>), and links are only ever made from
/// the normalised form (<see cref="Normalise"/>), which cannot start with two slashes whatever Uri it is given.
/// </summary>
public static class BaseUrlPath
{
    /// <summary>"/", or "/a/b/": single slashes between non-empty segments, none of them "." or "..", always ending in '/'.</summary>
    public static string Normalise(Uri baseUrl)
    {
        var segments = baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not ("." or "..")).ToArray();
        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }

    /// <summary>Why the path of <paramref name="url"/>, as written, cannot be a site's base path; null when it can.</summary>
    public static string? FindProblem(string url)
    {
        var afterScheme = url.IndexOf("://", StringComparison.Ordinal);
        if (afterScheme < 0)
        {
            return null;
        }

        // The authority ends where a path, query or fragment starts; browsers read '\' as '/' there too.
        var start = url.AsSpan(afterScheme + 3).IndexOfAny("/\\?#");
        if (start < 0)
        {
            return null;
        }

        var path = url[(afterScheme + 3 + start)..];
        var end = path.AsSpan().IndexOfAny('?', '#');
        path = end < 0 ? path : path[..end];
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "its path holds a backslash, which browsers read as '/'";
        }

        foreach (var encoded in (string[])["%2e", "%2f", "%5c"])
        {
            if (path.Contains(encoded, StringComparison.OrdinalIgnoreCase))
            {
                return $"its path holds '{encoded.ToUpperInvariant()}', an encoded '.', '/' or '\\'";
            }
        }

        var segments = path.Split('/');
        // segments[0] is the empty text before the first '/', the last one the empty text after the final '/'.
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].Length == 0 && i < segments.Length - 1)
            {
                return "its path has an empty segment ('//')";
            }

            if (segments[i] is "." or "..")
            {
                return $"its path has a '{segments[i]}' segment";
            }
        }

        return null;
    }
}
