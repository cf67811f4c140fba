using System.Globalization;
using System.Text;
using PaperSite.Authoring;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Model;

namespace PaperSite.Cli.Init;

/// <summary>
/// The files of a new archive repository, as <c>papersite init</c> writes them: settings, one example
/// record, the tool manifest pinning this version, workflows, and docs for contributors. What they hold
/// is decided here; <see cref="InitCommand"/> only writes them.
/// </summary>
internal static class ArchiveScaffold
{
    /// <summary>The package the tool manifest names, as NuGet lower-cases it.</summary>
    public const string PackageId = "papersite.cli";

    public const string ExampleRecordPath = "input/papers/2017/06/1706.03762.yaml";

    /// <summary>Each file's path below the new repository (forward slashes) and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title, Uri baseUrl) =>
    [
        ("input/site.yaml", SiteSettings(title, baseUrl)),
        (ExampleRecordPath, ExampleRecord()),
        (".config/dotnet-tools.json", ToolManifest(ToolVersion.Current)),
        (".gitignore", Template("gitignore.txt")),
        (".github/workflows/check-records.yml", Template("check-records.yml")),
        (".github/workflows/pages.yml", Template("pages.yml")),
        ("README.md", Template("README.md").Replace("{{title}}", title, StringComparison.Ordinal)),
        ("CONTRIBUTING.md", Template("CONTRIBUTING.md")
            .Replace("{{title}}", title, StringComparison.Ordinal)
            .Replace("{{diagnostics}}", DiagnosticMeanings.MarkdownTable(), StringComparison.Ordinal)),
    ];

    /// <summary>Without --base-url: a project site under GitHub Pages named after the folder, to be replaced.</summary>
    public static Uri DefaultBaseUrl(string folder)
    {
        var name = Slugs.Of(Tag.KeyOf(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))), fallback: "archive");
        return new Uri($"https://owner.github.io/{(name.Length == 0 ? "archive" : name)}/");
    }

    private static string SiteSettings(string title, Uri baseUrl) =>
        $"""
        # The site's settings.
        title: {RecordWriter.Quote(title)}
        # Where the site is served. The Pages workflow passes GitHub's address with --base-url, so this matters for local builds.
        base_url: {RecordWriter.Quote(baseUrl.AbsoluteUri)}
        description: {RecordWriter.Quote($"Papers collected by {title}.")}
        language: en
        # With the repository's address, every paper page links to its record for editing and the home page to "Add a paper".
        # repo_url: https://github.com/owner/archive
        # repo_branch: main

        """;

    private static string ExampleRecord() =>
        """
        # An example record: replace it with your first paper, or keep it. CONTRIBUTING.md says how to add one.
        title: "Attention Is All You Need"
        date: 2017-06-12
        abstract: |
          The dominant sequence transduction models are based on complex recurrent or convolutional neural
          networks in an encoder-decoder configuration. The best performing models also connect the encoder
          and decoder through an attention mechanism. We propose a new simple network architecture, the
          Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions
          entirely.
        arxiv: 1706.03762
        authors:
          - Ashish Vaswani
          - Noam Shazeer
          - Niki Parmar
          - Jakob Uszkoreit
          - Llion Jones
          - Aidan N. Gomez
          - Łukasz Kaiser
          - Illia Polosukhin
        tags: [transformers, machine translation]
        published: 2017-06-12

        """;

    /// <summary>A local tool manifest, as <c>dotnet new tool-manifest</c> and <c>dotnet tool install</c> write it.</summary>
    public static string ToolManifest(string version) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "{{PackageId}}": {
              "version": "{{version}}",
              "commands": [
                "papersite"
              ],
              "rollForward": false
            }
          }
        }

        """);

    private static string Template(string name)
    {
        using var stream = typeof(ArchiveScaffold).Assembly.GetManifestResourceStream("init/" + name)
            ?? throw new InvalidOperationException($"the init template '{name}' is not built into the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
