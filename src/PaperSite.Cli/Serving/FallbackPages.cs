using System.Text;
using Microsoft.AspNetCore.Http;
using PaperSite.Rendering;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The pages the server writes itself, never cached: "not found" for an address with no file, and, while no
/// build has succeeded, the problems in place of the site. Both carry the preview's script, so they turn into
/// the site once it builds.
/// </summary>
internal static class FallbackPages
{
    public static Task NotFoundAsync(HttpContext context, ServedSite site)
    {
        var page = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not found</title></head>
            <body>
            <h1>Not found</h1>
            <p>Nothing is at this address. The site is at <a href="{Escaping.Html(site.BasePath)}">{Escaping.Html(site.BasePath)}</a>.</p>
            </body>
            </html>

            """;
        return WriteAsync(context, StatusCodes.Status404NotFound, page, site);
    }

    public static Task NotBuiltAsync(HttpContext context, ServedSite site)
    {
        var problems = string.Join("\n", site.Problems.Select(p => Escaping.Html(p.ToString())));
        var page = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>The site did not build</title></head>
            <body>
            <h1>The site did not build</h1>
            <p>Fix these problems; this page reloads when the site builds.</p>
            <pre>{problems}</pre>
            </body>
            </html>

            """;
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, page, site);
    }

    public static void MethodNotAllowed(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
    }

    private static async Task WriteAsync(HttpContext context, int status, string page, ServedSite site)
    {
        var content = PreviewClient.InjectInto(Encoding.UTF8.GetBytes(page), site.Version);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = content.Length;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(content, context.RequestAborted);
        }
    }
}
