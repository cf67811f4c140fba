using System.Collections.Frozen;
using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Pipeline.Pages;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// What a successful build rendered from, kept by <c>serve</c> so that after an edit to one record the pages a reader
/// has open can be rendered again at once, ahead of the rebuild that follows: at 100,000 papers the rebuild takes
/// seconds however little changed (it fingerprints every page), rendering an open page takes milliseconds. Only an
/// edit that moves nothing is rendered ahead (<see cref="StaysInPlace"/>): the paper keeps the pages it is on and
/// its place in them, so the kept index still describes the archive. Anything else waits for the rebuild, which
/// follows either way and is what the site is.
/// </summary>
internal sealed class RenderedSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Theme _theme;
    private readonly SiteModel _model;
    private readonly TimeSpan _pageTimeLimit;
    private readonly Lazy<FrozenDictionary<string, int>> _positions;

    internal RenderedSite(Theme theme, SiteModel model, TimeSpan pageTimeLimit)
    {
        _theme = theme;
        _model = model;
        _pageTimeLimit = pageTimeLimit;
        _positions = new(() => Enumerable.Range(0, model.Index.Papers.Length).ToFrozenDictionary(i => model.Index.Papers[i].SourcePath, StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="path"/> (relative to the site root) is a record this site was built from, or a folder holding one.</summary>
    public bool Knows(string path)
    {
        var folder = path.TrimEnd('/') + "/";
        return _positions.Value.ContainsKey(path) || _positions.Value.Keys.Any(record => record.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <summary>
    /// The pages among <paramref name="openFiles"/> (output paths, such as <c>papers/x/index.html</c>) rendered with the
    /// record at <paramref name="recordPath"/> (relative to the site root) read from <paramref name="record"/>; null
    /// when the edit cannot be rendered ahead: a record the site did not have, one with an error, or one whose paper
    /// moved. Pages not open are left to the rebuild.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? RenderEdit(string recordPath, byte[] record, IReadOnlyCollection<string> openFiles)
    {
        if (openFiles.Count == 0 || !_positions.Value.TryGetValue(recordPath, out var position))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var before = _model.Index.Papers[position];
        var after = PaperRecordReader.Read(record, recordPath, diagnostics, _model.Settings.MathMacros);
        if (after is null || diagnostics.HasErrors || !StaysInPlace(before, after))
        {
            return null;
        }

        var model = CreateSiteModel.WithPaper(_model, position, after);
        var wanted = openFiles.ToHashSet(StringComparer.Ordinal);
        var renderer = new PageRenderer(_theme, model.Site, model.Urls, _pageTimeLimit);
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        // The plan as it is made, not the whole of it: only the open pages' jobs are kept.
        foreach (var job in PageKinds.All.SelectMany(kind => kind.Plan(model)).Where(job => job.Format == OutputFormat.Html && wanted.Contains(job.OutputPath)))
        {
            if (renderer.Render(job, diagnostics) is { } text)
            {
                pages[job.OutputPath] = Utf8.GetBytes(text);
            }
        }

        return diagnostics.HasErrors ? null : pages;
    }

    /// <summary>
    /// Whether the edited paper is on the same pages in the same place: everything the index, the orders and the checks
    /// across records read is as it was (id, day, title, upvotes, tags, authors, arXiv id, DOI). What only the paper's
    /// own card and page show may differ: its abstract, links, organisation, publication date, submitter, author count.
    /// Authors are compared whole, affiliation and ORCID included: stricter than the index needs, never looser.
    /// </summary>
    internal static bool StaysInPlace(Paper before, Paper after) =>
        before.Id == after.Id
        && before.Date == after.Date
        && before.Title == after.Title
        && before.Upvotes == after.Upvotes
        && before.ArxivId == after.ArxivId
        && before.Doi == after.Doi
        && before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal)
        && before.Authors.SequenceEqual(after.Authors);
}

/// <summary>Holds the <see cref="RenderedSite"/> of the last build that rendered, for <see cref="BuildOptions.Rendered"/>.</summary>
internal sealed class RenderedSlot
{
    public RenderedSite? Site { get; set; }
}
