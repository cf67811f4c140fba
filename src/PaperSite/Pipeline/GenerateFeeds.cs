using PaperSite.Model;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: the feeds of the site's newest papers (<c>feed.xml</c>, <c>atom.xml</c>, <c>feed.json</c>) and of
/// each tag's (<c>tags/&lt;slug&gt;/feed.xml</c>, ...), in RSS 2.0, Atom 1.0 and JSON Feed 1.1: one job per
/// file, rendered from the theme's <c>feeds/</c> templates and escaped for XML or JSON. Every date in a feed
/// comes from the records, never the clock, so an unchanged archive gives byte-identical feeds.
/// </summary>
internal static class GenerateFeeds
{
    /// <summary>Atom requires a date even in an empty feed; a fixed one keeps the output independent of the clock.</summary>
    public const string EmptyFeedDate = "1970-01-01T00:00:00Z";

    public static IEnumerable<PageJob> Run(SiteModel model)
    {
        var size = model.Settings.FeedSize;
        var newest = model.Index.NewestFirst.Take(size).ToArray();
        var siteDescription = model.Settings.Description ?? $"The newest papers of {model.Settings.Title}.";
        foreach (var format in FeedFormat.All)
        {
            yield return PaperFeed(model, format, SiteUrls.FeedPathOf(format), model.Settings.Title, siteDescription, model.Urls.Absolute(""), newest);
        }

        foreach (var group in model.Index.Tags)
        {
            var papers = group.Papers.Take(size).ToArray();
            var title = $"{model.Settings.Title}: {group.Tag.Name}";
            var description = $"Papers tagged {group.Tag.Name} on {model.Settings.Title}.";
            var link = model.Urls.Absolute(SiteUrls.TagPath(group.Tag.Slug));
            foreach (var format in FeedFormat.All)
            {
                yield return PaperFeed(model, format, SiteUrls.TagFeedPath(group.Tag.Slug, format), title, description, link, papers);
            }
        }
    }

    /// <summary>One feed file: its <c>feed</c> (described by the newest date among its items) plus the template's own variables.</summary>
    public static PageJob Job(SiteModel model, FeedFormat format, string path, string template, string title, string description, string link, DateOnly? newest, Dictionary<string, object?> variables)
    {
        variables["feed"] = new FeedView
        {
            Title = title,
            Description = description,
            Link = link,
            SelfUrl = model.Urls.Absolute(path),
            MediaType = format.MediaType,
            UpdatedRfc822 = newest is { } date ? PaperViewFactory.Rfc822(date) : null,
            UpdatedRfc3339 = newest is { } day ? PaperViewFactory.Rfc3339(day) : EmptyFeedDate,
            FullContent = model.Settings.FeedContent == FeedContent.Full,
        };
        var page = new PageView("feed", title, description, model.Urls.Absolute(path), []);
        return new PageJob(path, template, format.Output, page, variables);
    }

    private static PageJob PaperFeed(SiteModel model, FeedFormat format, string path, string title, string description, string link, Paper[] papers) =>
        Job(model, format, path, format.Template, title, description, link, papers.Length > 0 ? papers.Max(p => p.Date) : null,
            new Dictionary<string, object?> { ["items"] = model.ViewsOf(papers) });
}
