using System.Text;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The script that reloads a served page when the site is rebuilt. It is served from the site's own
/// origin, not inlined, because the theme's Content-Security-Policy allows only <c>script-src 'self'</c>.
/// The page's script tag carries the version it was served at; the server's event stream announces the
/// current version on connecting and after every rebuild, and the page reloads when they differ, so a
/// rebuild that happened while the page was loading, or a restarted server, is not missed.
/// </summary>
internal static class ReloadScript
{
    public const string Path = "/__papersite/reload.js";

    public const string EventsPath = "/__papersite/events";

    public const string Source = """
        (() => {
          "use strict";
          const version = new URL(document.currentScript.src).searchParams.get("v");
          const events = new EventSource("/__papersite/events");
          events.addEventListener("built", (event) => {
            if (event.data !== version) {
              events.close();
              location.reload();
            }
          });
          events.addEventListener("failed", (event) => {
            console.warn("papersite serve: the rebuild failed; the last good site is shown.\n" + event.data);
          });
        })();

        """;

    public static string Tag(string version) => $"<script src=\"{Path}?v={Uri.EscapeDataString(version)}\"></script>";

    /// <summary>Puts the script tag before the last <c>&lt;/body&gt;</c>, or at the end of a page without one.</summary>
    public static byte[] InjectInto(byte[] html, string version)
    {
        var text = Encoding.UTF8.GetString(html);
        var bodyEnd = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = Tag(version);
        var injected = bodyEnd < 0 ? text + tag : string.Concat(text.AsSpan(0, bodyEnd), tag, "\n", text.AsSpan(bodyEnd));
        return Encoding.UTF8.GetBytes(injected);
    }
}
