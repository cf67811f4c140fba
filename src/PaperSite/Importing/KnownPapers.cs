using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Pipeline;
using PaperSite.Yaml;

namespace PaperSite.Importing;

/// <summary>
/// The papers an archive already has, by what makes two records one paper: the same id, the same
/// arXiv id whatever its version, or the same DOI (ignoring case, as DOIs do; an arXiv DOI
/// <c>10.48550/arXiv.X</c> stands for arXiv id X). Records are read leniently: one with an error
/// elsewhere still names its paper, and importing it again would only add a duplicate.
/// </summary>
internal sealed class KnownPapers
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _arxivIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _dois = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ids of the records on disk, by file, as <see cref="Authoring.RecordScaffold"/> checks them.</summary>
    public Dictionary<string, string> IdsOnDisk { get; } = new(StringComparer.Ordinal);

    public static KnownPapers Read(SiteSources sources)
    {
        var known = new KnownPapers();
        if (!Directory.Exists(sources.PapersFolder))
        {
            return known;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(sources.PapersFolder, "*", options)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = sources.Relative(file);
            var (id, arxiv, doi) = ReadKeys(file, relative);
            known.Add(id, arxiv, doi, relative);
            known.IdsOnDisk.TryAdd(id, file);
        }

        return known;
    }

    /// <summary>The record that already holds this paper, relative to the site root; null when it is new.</summary>
    public string? Find(Paper paper)
    {
        if (_ids.TryGetValue(paper.Id, out var byId))
        {
            return byId;
        }

        if (ArxivKey(paper.ArxivId, paper.Doi) is { } arxiv && _arxivIds.TryGetValue(arxiv, out var byArxiv))
        {
            return byArxiv;
        }

        return paper.Doi is not null && _dois.TryGetValue(paper.Doi, out var byDoi) ? byDoi : null;
    }

    public void Add(Paper paper, string relativePath) => Add(paper.Id, paper.ArxivId, paper.Doi, relativePath);

    private void Add(string id, string? arxivId, string? doi, string relativePath)
    {
        _ids.TryAdd(id, relativePath);
        if (ArxivKey(arxivId, doi) is { } arxiv)
        {
            _arxivIds.TryAdd(arxiv, relativePath);
        }

        if (doi is not null)
        {
            _dois.TryAdd(doi, relativePath);
        }
    }

    private static string? ArxivKey(string? arxivId, string? doi)
    {
        if (arxivId is not null)
        {
            return ImportText.WithoutVersion(arxivId);
        }

        return doi is not null && doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase)
            ? ImportText.WithoutVersion(doi[ArxivDoiPrefix.Length..])
            : null;
    }

    private static (string Id, string? Arxiv, string? Doi) ReadKeys(string file, string relative)
    {
        var fileId = Path.GetFileNameWithoutExtension(file);
        YamlMapping? mapping = null;
        try
        {
            var ignored = new DiagnosticBag();
            var text = SourceText.Decode(File.ReadAllBytes(file), relative, ignored);
            mapping = text is null ? null : YamlDocumentReader.Read(text, relative, ignored) as YamlMapping;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // An unreadable record still takes its file name's id.
        }

        return (Scalar(mapping, "id") ?? fileId, Scalar(mapping, "arxiv"), Scalar(mapping, "doi"));
    }

    private static string? Scalar(YamlMapping? mapping, string key) =>
        mapping?.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0
            ? scalar.Value.Trim()
            : null;
}
