using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>Stage: reads the site's settings.</summary>
internal static class LoadSiteSettings
{
    public static SiteSettings? Run(SiteSources sources, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var relative = sources.Relative(sources.SettingsFile);
        if (!File.Exists(sources.SettingsFile))
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteSettings, SourceLocation.File(relative),
                "the site settings file is missing; create it with at least 'title' and 'base_url'.");
            return null;
        }

        return SiteSettingsReader.Read(File.ReadAllBytes(sources.SettingsFile), relative, baseUrlOverride, diagnostics);
    }
}
