using PaperSite.Diagnostics;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: refuses an <c>input/</c> or <c>input/papers/</c> that is a symbolic link. Git stores links
/// as links, so a pull request could turn either into a link to any folder of the machine that builds
/// the site, which would then be read and quoted in diagnostics.
/// </summary>
internal static class CheckSourceFolders
{
    public static bool Run(SiteSources sources, DiagnosticBag diagnostics)
    {
        foreach (var folder in (string[])[sources.InputFolder, sources.PapersFolder])
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.File(sources.Relative(folder)),
                    "this folder is a symbolic link; the site's sources must be real folders inside the site root, so nothing is read through it.");
                return false;
            }
        }

        return true;
    }
}
