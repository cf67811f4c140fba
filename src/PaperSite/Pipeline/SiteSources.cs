namespace PaperSite.Pipeline;

/// <summary>Where a site's sources are, below its root, as the command line's --root names it.</summary>
public sealed record SiteSources(string Root)
{
    public string InputFolder => Path.Combine(Root, "input");

    public string PapersFolder => Path.Combine(Root, "input", "papers");

    public string SettingsFile => Path.Combine(Root, "input", "site.yaml");

    public string ThemeFolder => Path.Combine(Root, "theme");

    /// <summary>A path as diagnostics show it: relative to the root, with forward slashes.</summary>
    public string Relative(string path) => System.IO.Path.GetRelativePath(Root, path).Replace('\\', '/');
}
