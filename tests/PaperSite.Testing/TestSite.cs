using PaperSite.Diagnostics;
using PaperSite.Pipeline;

namespace PaperSite.Testing;

/// <summary>
/// A site written inline in a test, Hugo style, in a temporary folder that is removed afterwards:
/// <code>
/// using var site = TestSite.Create("""
///     -- input/papers/a.yaml --
///     title: A
///     date: 2025-10-10
///     abstract: Text.
///     """);
/// var result = site.Build();
/// </code>
/// A default <c>input/site.yaml</c> (base_url https://example.org/archive/) is added unless the text gives one.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSettings = """
        title: Test Archive
        base_url: https://example.org/archive/
        description: Papers for tests.
        """;

    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string OutputFolder => Path.Combine(Root, "output");

    public static TestSite Create(string files, bool withDefaultSettings = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "papersite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        var parsed = InlineFiles.Parse(files);
        if (withDefaultSettings && !parsed.ContainsKey("input/site.yaml"))
        {
            site.Write("input/site.yaml", DefaultSettings);
        }

        foreach (var (path, content) in parsed)
        {
            site.Write(path, content);
        }

        return site;
    }

    /// <summary>Writes (or replaces) a file below the root, as UTF-8 without a byte-order mark.</summary>
    public void Write(string relativePath, string content) => WriteBytes(relativePath, new System.Text.UTF8Encoding(false).GetBytes(content));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>
    /// Replaces a file in one step, as editors save: written beside the sources, then renamed into place, so a
    /// watcher never sees it empty or half-written (a plain write truncates first, and a rebuild may land between).
    /// </summary>
    public void Save(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Root, $".saving-{Guid.NewGuid():N}");
        File.WriteAllBytes(temporary, new System.Text.UTF8Encoding(false).GetBytes(content));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Builds the site and fails the test, listing every diagnostic, unless the build succeeded.</summary>
    public BuildResult Build(bool strict = false, string? baseUrl = null, string? output = null)
    {
        var result = BuildAnyway(strict, baseUrl, output);
        return result.Succeeded ? result : throw new BuildOutcomeException($"the build failed:\n{DiagnosticText.Of(result.Diagnostics)}");
    }

    /// <summary>Builds the site and fails the test unless the build failed: for tests of bad input.</summary>
    public BuildResult BuildExpectingFailure(bool strict = false, string? baseUrl = null, string? output = null)
    {
        var result = BuildAnyway(strict, baseUrl, output);
        return result.Succeeded ? throw new BuildOutcomeException($"the build was expected to fail but succeeded:\n{DiagnosticText.Of(result.Diagnostics)}") : result;
    }

    /// <summary>Builds the site whatever the outcome: only for tests that assert on either outcome themselves.</summary>
    public BuildResult BuildAnyway(bool strict = false, string? baseUrl = null, string? output = null) =>
        SiteBuilder.Build(new BuildOptions { Root = Root, Strict = strict, BaseUrl = baseUrl, OutputFolder = output });

    public BuildResult Check(bool strict = false) => SiteBuilder.Check(new BuildOptions { Root = Root, Strict = strict });

    /// <summary>The text of an output file, by its path below the output folder.</summary>
    public string Output(string relativePath)
    {
        var path = Path.Combine(OutputFolder, relativePath);
        if (!File.Exists(path))
        {
            var existing = Directory.Exists(OutputFolder)
                ? string.Join("\n  ", Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(OutputFolder, f)).Order(StringComparer.Ordinal).Take(50))
                : "(no output folder)";
            throw new FileNotFoundException($"output file '{relativePath}' was not written. Output has:\n  {existing}");
        }

        return File.ReadAllText(path);
    }

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(OutputFolder, relativePath));

    /// <summary>Every output file's path (relative, forward slashes) and bytes, for whole-site comparisons.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string? folder = null)
    {
        folder ??= OutputFolder;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that left a file open must not fail every later test; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>A build whose outcome was not the one the test expected.</summary>
public sealed class BuildOutcomeException(string message) : Exception(message);

/// <summary>Formats diagnostics the way the command line prints them, for assertions with readable failures.</summary>
public static class DiagnosticText
{
    public static string Of(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
