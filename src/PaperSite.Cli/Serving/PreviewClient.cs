using System.Text;
using Microsoft.AspNetCore.Http;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The preview's own files, at the server's root outside any site path: the page script, its overlay's
/// style sheet and the event stream. HTML pages get one script tag (<see cref="Tag"/>); nothing is inlined,
/// because the theme's Content-Security-Policy allows scripts and styles only from the site's origin.
/// </summary>
internal static class PreviewClient
{
    public const string Prefix = "/__papersite";

    public const string ScriptPath = Prefix + "/reload.js";

    public const string StylePath = Prefix + "/overlay.css";

    public const string EventsPath = Prefix + "/events";

    public static string Script { get; } = Resource("preview.js");

    public static string Style { get; } = Resource("overlay.css");

    /// <summary>The tag added to every served page; it carries the version the page was served at.</summary>
    public static string Tag(string version) => $"<script src=\"{ScriptPath}?v={Uri.EscapeDataString(version)}\"></script>";

    /// <summary>Puts the script tag before the last <c>&lt;/body&gt;</c>, or at the end of a page without one.</summary>
    public static byte[] InjectInto(byte[] html, string version)
    {
        var text = Encoding.UTF8.GetString(html);
        var bodyEnd = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = Tag(version);
        var injected = bodyEnd < 0 ? text + tag : string.Concat(text.AsSpan(0, bodyEnd), tag, "\n", text.AsSpan(bodyEnd));
        return Encoding.UTF8.GetBytes(injected);
    }

    /// <summary>Answers a request for the script or the style sheet; anything else below the prefix is not found.</summary>
    public static async Task ServeFileAsync(HttpContext context)
    {
        var (content, type) = context.Request.Path.Value switch
        {
            ScriptPath => (Script, "text/javascript; charset=utf-8"),
            StylePath => (Style, "text/css; charset=utf-8"),
            _ => (null, null),
        };
        var response = context.Response;
        if (content is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(content);
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static string Resource(string name)
    {
        using var stream = typeof(PreviewClient).Assembly.GetManifestResourceStream($"PaperSite.Cli.Serving.Client.{name}")
            ?? throw new InvalidOperationException($"the preview's {name} is missing from the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
