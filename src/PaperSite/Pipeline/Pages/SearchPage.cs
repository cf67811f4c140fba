using PaperSite.Rendering;
using PaperSite.Search;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// The search page at <c>search/</c>. The search box on every page sends its words here as <c>?q=</c>; the page's
/// own script (<c>assets/search.js</c>, loaded by this page only) reads them and the index below
/// <c>search/index/</c>. Without script the page still reads: it says so and links to the ways to browse.
/// </summary>
internal sealed class SearchPage : IPageKind
{
    public const string Path = "search/";

    /// <summary>The tag filter offers the most used tags; any other tag still works from a <c>?tag=</c> address.</summary>
    public const int TagChoices = 100;

    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var page = new PageView("search", "Search", $"Search the papers of {model.Settings.Title} by title, author, tag or any word of the abstract.", model.Urls.Absolute(Path), model.SiteFeeds);
        var tags = model.Index.Tags
            .OrderByDescending(group => group.Papers.Length)
            .ThenBy(group => group.Tag.Name, StringComparer.Ordinal)
            .Take(TagChoices)
            .OrderBy(group => group.Tag.Name, StringComparer.Ordinal)
            .Select(group => new SearchTagChoice(group.Tag.Name, group.Tag.Slug))
            .ToArray();
        var years = model.Index.Papers.Select(paper => paper.Date.Year).Distinct().Order().Reverse().ToArray();
        yield return new PageJob(Path, "search.html", OutputFormat.Html, page, new SearchPageModel(
            model.Urls.Link(SearchIndexFiles.Folder),
            model.Urls.Link("assets/search.js"),
            // SiteUrls.PaperPath(id) is this and "id/"; the script appends the id.
            model.Urls.Link("papers/"),
            tags,
            years));
    }
}

/// <summary>What <c>search.html</c> sees: where the index, the script and paper pages are, and the filter choices.</summary>
internal sealed record SearchPageModel(string IndexUrl, string SearchScriptUrl, string PapersUrl, IReadOnlyList<SearchTagChoice> TagChoices, IReadOnlyList<int> Years);

internal sealed record SearchTagChoice(string Name, string Slug);
