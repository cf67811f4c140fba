using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>Stage: the theme's static files, to be written to <c>assets/</c> in the site.</summary>
internal static class CopyAssets
{
    /// <summary>Each asset's path in the site and its bytes, in a defined order.</summary>
    public static List<(string Path, byte[] Bytes)> Run(Theme theme) =>
        [.. theme.Assets.OrderBy(asset => asset.Key, StringComparer.Ordinal).Select(asset => ("assets/" + asset.Key, asset.Value.ReadBytes()))];
}
