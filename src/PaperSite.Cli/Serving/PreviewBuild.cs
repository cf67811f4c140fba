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
    public static BuildResult Run(SiteSources sources, string siteFolder, int port, IProgress<BuildProgress>? progress)
    {
        var origin = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        return SiteBuilder.Build(new BuildOptions { Root = sources.Root, OutputFolder = siteFolder, Origin = origin, KeepRendered = true }, progress);
    }
}
