using System.Globalization;
using PaperSite.Indexing;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: the tag index at <c>tags/</c>, and for each tag its papers newest first at
/// <c>tags/&lt;slug&gt;/</c>, split into pages of <c>page_size</c> (<c>tags/&lt;slug&gt;/page/&lt;n&gt;/</c>).
/// A tag's pages offer its own feeds first, then the site's: a reader given the page picks the first.
/// </summary>
internal static class BuildTagPages
{
    public static IEnumerable<PageJob> Run(SiteModel model)
    {
        var summaries = model.Index.Tags.Select(group => Summarise(model, group)).ToArray();
        var indexPage = new PageView("tags", "Tags", string.Create(CultureInfo.InvariantCulture, $"All {summaries.Length} tags of {model.Settings.Title}."), model.Urls.Absolute(SiteUrls.TagsPath), model.SiteFeeds);
        yield return new PageJob(SiteUrls.FileOf(SiteUrls.TagsPath), "tags.html", OutputFormat.Html, indexPage, new Dictionary<string, object?> { ["tags"] = summaries });

        var pageSize = model.Settings.PageSize;
        for (var t = 0; t < model.Index.Tags.Length; t++)
        {
            var group = model.Index.Tags[t];
            var summary = summaries[t];
            var pageCount = Math.Max(1, (group.Papers.Length + pageSize - 1) / pageSize);
            IReadOnlyList<FeedLinkView> feeds = [.. summary.Feeds, .. model.SiteFeeds];
            for (var number = 1; number <= pageCount; number++)
            {
                var path = SiteUrls.TagPath(group.Tag.Slug, number);
                var pager = new PagerView(
                    number,
                    pageCount,
                    number > 1 ? model.Urls.Link(SiteUrls.TagPath(group.Tag.Slug, number - 1)) : null,
                    number < pageCount ? model.Urls.Link(SiteUrls.TagPath(group.Tag.Slug, number + 1)) : null);
                var title = number == 1 ? $"Tag: {group.Tag.Name}" : string.Create(CultureInfo.InvariantCulture, $"Tag: {group.Tag.Name} (page {number} of {pageCount})");
                var page = new PageView("tag", title, string.Create(CultureInfo.InvariantCulture, $"{group.Papers.Length} papers tagged {group.Tag.Name}."), model.Urls.Absolute(path), feeds);
                var papers = model.ViewsOf(group.Papers.Skip((number - 1) * pageSize).Take(pageSize));
                yield return new PageJob(SiteUrls.FileOf(path), "tag.html", OutputFormat.Html, page, new Dictionary<string, object?>
                {
                    ["tag"] = summary,
                    ["papers"] = papers,
                    ["pager"] = pager,
                });
            }
        }
    }

    private static TagSummaryView Summarise(SiteModel model, TagGroup group) =>
        new(group.Tag.Name, group.Tag.Slug, model.Urls.Link(SiteUrls.TagPath(group.Tag.Slug)), model.Urls.Absolute(SiteUrls.TagFeedPath(group.Tag.Slug)), group.Papers.Length)
        {
            Feeds = FeedFormat.Links($"{model.Settings.Title}: {group.Tag.Name}", "", format => model.Urls.Absolute(SiteUrls.TagFeedPath(group.Tag.Slug, format))),
        };
}
