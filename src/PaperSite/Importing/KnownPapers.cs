using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Model;
using PaperSite.Pipeline;

namespace PaperSite.Importing;

/// <summary>
/// The papers an archive already has, by what makes two records one paper (<see cref="SamePaper"/>): the
/// same id, the same arXiv id whatever its version, the same DOI ignoring case, or the same title once
/// case, accents and punctuation are set aside. Never by an id made from a title: two papers whose long
/// titles share their first 60 characters get one such id. Read with the build's own reader
/// (<see cref="LoadPapers"/>); a record with errors elsewhere still names its paper.
/// </summary>
internal sealed class KnownPapers
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _arxivIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dois = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    /// <summary>The ids of the records on disk, by file, as <see cref="Authoring.RecordScaffold"/> checks them.</summary>
    public Dictionary<string, string> IdsOnDisk { get; } = new(StringComparer.Ordinal);

    /// <summary>What reading the archive found wrong with it (the problems <c>check</c> would report).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private init; } = [];

    public static KnownPapers Read(SiteSources sources)
    {
        var diagnostics = new DiagnosticBag();
        var archive = LoadPapers.Read(sources, diagnostics);
        var known = new KnownPapers { Problems = diagnostics.ToSortedList() };
        foreach (var record in archive.Records)
        {
            known.Add(record.Id, record.ArxivId, record.Doi, record.Title, record.Path);
            known.IdsOnDisk.TryAdd(record.Id, record.FullPath);
        }

        return known;
    }

    /// <summary>The record that already holds this paper (by id, arXiv id or DOI), relative to the site root; null when it is new.</summary>
    public string? Find(Paper paper) => _ids.GetValueOrDefault(paper.Id) ?? FindByIdentifiers(paper);

    /// <summary>
    /// For an imported paper, whose id is derived: the record with its arXiv id (also as a record's id), its
    /// DOI or its whole title. Never by an id made from a title: two papers whose titles share their first
    /// 60 characters get the same one.
    /// </summary>
    public string? FindImported(Paper paper)
    {
        if (FindByIdentifiers(paper) is { } found)
        {
            return found;
        }

        if (paper.ArxivId is not null && _ids.TryGetValue(paper.Id, out var byArxivId))
        {
            return byArxivId;
        }

        var title = SamePaper.TitleKey(paper.Title);
        return title.Length > 0 && _titles.TryGetValue(title, out var byTitle) ? byTitle : null;
    }

    /// <summary>Whether a record on disk or an earlier import takes this id.</summary>
    public bool IsTaken(string id) => _ids.ContainsKey(id) || IdsOnDisk.ContainsKey(id);

    private string? FindByIdentifiers(Paper paper)
    {
        if (SamePaper.ArxivKey(paper.ArxivId, paper.Doi) is { } arxiv && _arxivIds.TryGetValue(arxiv, out var byArxiv))
        {
            return byArxiv;
        }

        return SamePaper.DoiKey(paper.Doi) is { } doi && _dois.TryGetValue(doi, out var byDoi) ? byDoi : null;
    }

    public void Add(Paper paper, string relativePath) => Add(paper.Id, paper.ArxivId, paper.Doi, paper.Title, relativePath);

    private void Add(string id, string? arxivId, string? doi, string? title, string relativePath)
    {
        _ids.TryAdd(id, relativePath);
        if (SamePaper.ArxivKey(arxivId, doi) is { } arxiv)
        {
            _arxivIds.TryAdd(arxiv, relativePath);
        }

        if (SamePaper.DoiKey(doi) is { } doiKey)
        {
            _dois.TryAdd(doiKey, relativePath);
        }

        if (title is not null && SamePaper.TitleKey(title) is { Length: > 0 } titleKey)
        {
            _titles.TryAdd(titleKey, relativePath);
        }
    }
}
