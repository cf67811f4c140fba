using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using PaperSite.Rendering;

namespace PaperSite.Cli.Serving;

/// <summary>
/// Answers a request for the site the way GitHub Pages serves it: under base_url's path, a folder's
/// <c>index.html</c> for an address ending in '/', a redirect to add the '/' to a folder's address. HTML is
/// served with the reload script added; the built files are never changed. Nothing is cached, so a
/// reload always shows the newest build.
/// </summary>
internal static class SiteFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context, ServedSite site)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var basePath = PathString.FromUriComponent(site.BasePath.TrimEnd('/'));
        if (!request.Path.StartsWithSegments(basePath, out var rest))
        {
            if (request.Path == "/" || !request.Path.HasValue)
            {
                response.Redirect(site.BasePath);
                return;
            }

            await NotFoundAsync(context, site);
            return;
        }

        if (!rest.HasValue)
        {
            // "/repo" is the folder "/repo/": relative links in its pages need the slash.
            response.Redirect(site.BasePath);
            return;
        }

        if (site.Folder is null)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", FailurePage(site));
            return;
        }

        var file = Resolve(site.Folder, rest.Value!);
        if (file is null)
        {
            await NotFoundAsync(context, site);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!rest.Value!.EndsWith('/'))
            {
                response.Redirect(request.PathBase + request.Path.ToUriComponent() + "/" + request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var content = TryRead(file);
        if (content is null)
        {
            await NotFoundAsync(context, site);
            return;
        }

        var contentType = ContentTypeOf(file);
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            content = ReloadScript.InjectInto(content, site.Version);
        }

        await WriteAsync(context, StatusCodes.Status200OK, contentType, content);
    }

    /// <summary>The file a site-relative path names, or null when it would be outside the site.</summary>
    private static string? Resolve(string folder, string relative)
    {
        if (relative.Contains('\0', StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relative.TrimStart('/')));
        var root = Path.TrimEndingDirectorySeparator(folder);
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The file's bytes, or null when it is not there (a rebuild may swap the folder between the check and the read).</summary>
    private static byte[]? TryRead(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllBytes(file) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Task NotFoundAsync(HttpContext context, ServedSite site)
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
        return WriteAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", ReloadScript.InjectInto(Encoding.UTF8.GetBytes(page), site.Version));
    }

    /// <summary>Shown while no build has succeeded: the problems, and the reload script, so the page turns into the site once they are fixed.</summary>
    private static byte[] FailurePage(ServedSite site)
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
        return ReloadScript.InjectInto(Encoding.UTF8.GetBytes(page), site.Version);
    }

    private static string ContentTypeOf(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            return "application/octet-stream";
        }

        // The build writes UTF-8 text; say so rather than let a browser guess.
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] content)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(content, context.RequestAborted);
        }
    }
}
