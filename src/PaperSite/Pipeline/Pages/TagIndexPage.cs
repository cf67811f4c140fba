using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>The tag index at <c>tags/</c>: every tag with its number of papers.</summary>
internal sealed class TagIndexPage : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var tags = model.Index.Tags.Select(group => TagPages.Summarise(model, group)).ToArray();
        var page = new PageView("tags", "Tags", $"All {tags.Length} tags of {model.Settings.Title}.", model.Urls.Absolute(SiteUrls.TagsPath), model.SiteFeeds);
        yield return new PageJob(SiteUrls.TagsPath, "tags.html", OutputFormat.Html, page, new TagIndexPageModel(tags));
    }
}

/// <summary>What <c>tags.html</c> sees.</summary>
internal sealed record TagIndexPageModel(IReadOnlyList<TagSummaryView> Tags);
