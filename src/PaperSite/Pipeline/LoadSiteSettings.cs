using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Pipeline;

/// <summary>Stage: reads the site's settings, which are as untrusted as records: they appear on every page.</summary>
internal static class LoadSiteSettings
{
    public static SiteSettings? Run(SiteSources sources, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var relative = sources.Relative(sources.SettingsFile);
        // A folder or a link in its place is not "missing": SourceFile says what it is instead.
        if (!File.Exists(sources.SettingsFile) && !Directory.Exists(sources.SettingsFile) && new FileInfo(sources.SettingsFile).LinkTarget is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteSettings, SourceLocation.File(relative),
                "the site settings file is missing; create it with at least 'title' and 'base_url'.");
            return null;
        }

        var bytes = SourceFile.Read(sources.SettingsFile, relative, diagnostics);
        return bytes is null ? null : SiteSettingsReader.Read(bytes, relative, baseUrlOverride, diagnostics);
    }
}
