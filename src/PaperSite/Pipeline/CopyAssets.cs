using PaperSite.Output;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>Stage: copies the theme's static files to <c>assets/</c> in the site.</summary>
internal static class CopyAssets
{
    public static int Run(Theme theme, OutputFolder output)
    {
        foreach (var (path, file) in theme.Assets)
        {
            output.Write("assets/" + path, file.ReadBytes());
        }

        return theme.Assets.Count;
    }
}
