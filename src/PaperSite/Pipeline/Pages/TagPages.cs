using PaperSite.Indexing;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// Each tag's papers newest first at <c>tags/&lt;slug&gt;/</c>, in pages of <c>page_size</c>. A tag's pages offer
/// its own feeds in every format first, then the site's RSS feed: a reader given the page picks the first.
/// </summary>
internal sealed class TagPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        foreach (var group in model.Index.Tags)
        {
            var summary = Summarise(model, group);
            IReadOnlyList<FeedLinkView> feeds = [.. summary.Feeds, .. model.SiteFeed];
            foreach (var slice in Pagination.Split(model, group.Papers, number => SiteUrls.TagPath(group.Tag.Slug, number)))
            {
                var page = new PageView("tag", Pagination.Title($"Tag: {group.Tag.Name}", slice), $"{ListingLabels.Papers(group.Papers.Length)} tagged {group.Tag.Name}.", model.Urls.Absolute(slice.Address), feeds);
                yield return new PageJob(slice.Address, "tag.html", OutputFormat.Html, page, new TagPage(summary, slice.Papers, slice.Pager));
            }
        }
    }

    public static TagSummaryView Summarise(SiteModel model, TagGroup group) =>
        new(group.Tag.Name, group.Tag.Slug, model.Urls.Link(SiteUrls.TagPath(group.Tag.Slug)), model.Urls.Absolute(SiteUrls.TagFeedPath(group.Tag.Slug)), group.Papers.Length)
        {
            Feeds = FeedFormat.Links(model.Urls, $"{model.Settings.Title}: {group.Tag.Name}", "", format => SiteUrls.TagFeedPath(group.Tag.Slug, format)),
        };
}

/// <summary>What <c>tag.html</c> sees.</summary>
internal sealed record TagPage(TagSummaryView Tag, IReadOnlyList<PaperView> Papers, PagerView Pager);
