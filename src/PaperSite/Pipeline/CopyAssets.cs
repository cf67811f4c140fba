using PaperSite.Output;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>Stage: the theme's static files, to be written to <c>assets/</c> in the site.</summary>
internal static class CopyAssets
{
    /// <summary>Each asset with its path in the site, in a defined order.</summary>
    public static List<SiteFile> Run(Theme theme) =>
        [.. theme.Assets.OrderBy(asset => asset.Key, StringComparer.Ordinal).Select(asset => new SiteFile("assets/" + asset.Key, asset.Value.ReadBytes()))];
}
