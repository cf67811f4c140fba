using Microsoft.AspNetCore.StaticFiles;

namespace PaperSite.Cli.Serving;

/// <summary>Content types by extension, as ASP.NET Core knows them, with the charset of the UTF-8 text the build writes.</summary>
internal sealed class PreviewContentTypes : IContentTypeProvider
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public bool TryGetContentType(string subpath, out string contentType)
    {
        if (!Known.TryGetContentType(subpath, out var type))
        {
            contentType = "application/octet-stream";
            return true;
        }

        // Say so rather than let a browser guess.
        contentType = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
        return true;
    }
}
