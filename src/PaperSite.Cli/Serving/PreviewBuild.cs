using System.Globalization;
using PaperSite.Pipeline;

namespace PaperSite.Cli.Serving;

/// <summary>
/// Builds the site for serving: into the server's own folder, never the real output, with base_url's
/// host replaced by the server's (<c>https://user.github.io/repo/</c> becomes <c>http://127.0.0.1:8080/repo/</c>),
/// so that feeds and canonical links lead back to the preview and the built folder is never mistaken
/// for one to publish.
/// </summary>
internal static class PreviewBuild
{
    /// <summary>The build's result and base_url's path, or null for the path when the settings cannot be read.</summary>
    public static (BuildResult Result, string? BasePath) Run(SiteSources sources, string siteFolder, int port)
    {
        // One reading of site.yaml: the build's own, which also says where the site lives.
        var origin = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var result = SiteBuilder.Build(new BuildOptions { Root = sources.Root, OutputFolder = siteFolder, ServeOrigin = origin });
        return (result, result.BasePath);
    }
}
