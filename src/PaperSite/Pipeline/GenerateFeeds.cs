using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: RSS 2.0 feeds, the site's newest papers at <c>feed.xml</c> and each tag's at
/// <c>tags/&lt;slug&gt;/feed.xml</c>. Rendered from the theme's <c>feeds/rss.xml</c>, escaped for XML.
/// A feed's dates come from its papers, never the clock, so an unchanged archive gives identical feeds.
/// </summary>
internal static class GenerateFeeds
{
    public const string RssTemplate = "feeds/rss.xml";

    public static IEnumerable<PageJob> Run(SiteModel model)
    {
        var size = model.Settings.FeedSize;
        yield return Feed(model, SiteUrls.FeedPath, model.Settings.Title, model.Settings.Description ?? model.Settings.Title,
            model.Urls.Absolute(""), model.ViewsOf(model.Index.NewestFirst.Take(size)));

        foreach (var group in model.Index.Tags)
        {
            var tagPath = SiteUrls.TagPath(group.Tag.Slug);
            yield return Feed(model, SiteUrls.TagFeedPath(group.Tag.Slug), $"{model.Settings.Title}: {group.Tag.Name}",
                $"Papers tagged {group.Tag.Name} on {model.Settings.Title}.", model.Urls.Absolute(tagPath), model.ViewsOf(group.Papers.Take(size)));
        }
    }

    private static PageJob Feed(SiteModel model, string path, string title, string description, string link, IReadOnlyList<PaperView> items)
    {
        var page = new PageView("feed", title, description, model.Urls.Absolute(path), []);
        return new PageJob(path, RssTemplate, OutputFormat.Xml, page, new Dictionary<string, object?>
        {
            ["feed"] = new FeedView(title, description, link, model.Urls.Absolute(path), items.Count > 0 ? items[0].DateRfc822 : null),
            ["items"] = items,
        });
    }
}

/// <summary>A feed as its template sees it (<c>feed.title</c>, <c>feed.self_url</c>, ...).</summary>
public sealed record FeedView(string Title, string Description, string Link, string SelfUrl, string? UpdatedRfc822);
