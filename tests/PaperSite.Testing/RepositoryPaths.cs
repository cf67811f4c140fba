namespace PaperSite.Testing;

/// <summary>Finds the repository's own folders (the sample archive, the theme, the test tools) from a test's working folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleSite => Root;

    /// <summary>Where <c>.ci/run</c> installs the Node-based checkers (vnu-jar, axe-core).</summary>
    public static string ToolsFolder => Path.Combine(Root, "tests", "tools");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PaperSite.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("cannot find PaperSite.sln above " + AppContext.BaseDirectory);
    }
}
