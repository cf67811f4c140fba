using System.Globalization;
using PaperSite.Pipeline;

namespace PaperSite.Cli.Serving;

/// <summary>
/// Builds the site for serving: into the server's own folder, never the real output, for the server's origin
/// instead of base_url's (<c>https://user.github.io/repo/</c> becomes <c>http://127.0.0.1:8080/repo/</c>), so
/// that feeds and canonical links lead back to the preview and the built folder is never mistaken for one to
/// publish. It is <see cref="SiteBuilder.Build"/> and nothing else, into the same folder every time: whatever
/// the build learns to skip, a rebuild here skips too.
/// </summary>
internal static class PreviewBuild
{
    /// <summary>The build's result; its <see cref="BuildResult.Settings"/> give the path to serve under.</summary>
    /// <param name="rendered">Where the build leaves what it rendered from, for rendering an edit ahead of the next rebuild.</param>
    public static BuildResult Run(SiteSources sources, string siteFolder, int port, RenderedSlot rendered, IProgress<BuildProgress>? progress)
    {
        var origin = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        return SiteBuilder.Build(new BuildOptions { Root = sources.Root, OutputFolder = siteFolder, Origin = origin, Rendered = rendered }, progress);
    }
}
