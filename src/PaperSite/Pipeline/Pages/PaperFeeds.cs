using PaperSite.Model;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// The feeds of the site's newest papers (<c>feed.xml</c>, <c>atom.xml</c>, <c>feed.json</c>) and of each tag's
/// (<c>tags/&lt;slug&gt;/feed.xml</c>, ...), in RSS 2.0, Atom 1.0 and JSON Feed 1.1, from the theme's <c>feeds/</c>
/// templates. Every date in a feed comes from the records, never the clock, so an unchanged archive gives
/// byte-identical feeds.
/// </summary>
internal sealed class PaperFeeds : IPageKind
{
    /// <summary>Atom requires a date even in an empty feed; a fixed one keeps the output independent of the clock.</summary>
    public const string EmptyFeedDate = "1970-01-01T00:00:00Z";

    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var size = model.Settings.FeedSize;
        var newest = Enumerable.Range(0, Math.Min(size, model.Views.Length));
        var siteDescription = model.Settings.Description ?? $"The newest papers of {model.Settings.Title}.";
        foreach (var format in FeedFormat.All)
        {
            yield return PaperFeed(model, format, SiteUrls.FeedPathOf(format), model.Settings.Title, siteDescription, model.Urls.Absolute(""), model.ViewsAt(newest), model.Settings.FeedContent);
        }

        foreach (var group in model.Index.Tags)
        {
            var papers = model.ViewsAt(group.Papers.Take(model.Settings.TagFeedSize));
            var title = $"{model.Settings.Title}: {group.Tag.Name}";
            var description = $"Papers tagged {group.Tag.Name} on {model.Settings.Title}.";
            var link = model.Urls.Absolute(SiteUrls.TagPath(group.Tag.Slug));
            foreach (var format in FeedFormat.All)
            {
                yield return PaperFeed(model, format, SiteUrls.TagFeedPath(group.Tag.Slug, format), title, description, link, papers, model.Settings.TagFeedContent);
            }
        }
    }

    /// <summary>The <c>feed</c> of one feed file, described by the newest date among its items.</summary>
    public static FeedView Describe(SiteModel model, FeedFormat format, string address, string title, string description, string link, DateOnly? newest, FeedContent content) => new()
    {
        Title = title,
        Description = description,
        Link = link,
        SelfUrl = model.Urls.Absolute(address),
        MediaType = format.MediaType,
        UpdatedRfc822 = newest is { } date ? PaperViewFactory.Rfc822(date) : null,
        UpdatedRfc3339 = newest is { } day ? PaperViewFactory.Rfc3339(day) : EmptyFeedDate,
        FullContent = content == FeedContent.Full,
    };

    public static PageView PageOf(SiteModel model, string address, string title, string description) =>
        new("feed", title, description, model.Urls.Absolute(address), []);

    private static PageJob PaperFeed(SiteModel model, FeedFormat format, string address, string title, string description, string link, PaperView[] papers, FeedContent content)
    {
        var feed = Describe(model, format, address, title, description, link, papers.Length > 0 ? papers.Max(p => p.Source.Date) : null, content);
        return new PageJob(address, format.Template, format.Output, PageOf(model, address, title, description), new PaperFeed(feed, papers));
    }
}

/// <summary>What a paper feed's template sees: the <c>feed</c> and its <c>items</c>, newest first.</summary>
internal sealed record PaperFeed(FeedView Feed, IReadOnlyList<PaperView> Items);
