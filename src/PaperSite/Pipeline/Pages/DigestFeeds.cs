using System.Globalization;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// The daily digest (<c>digest.xml</c>, <c>digest.atom</c>, <c>digest.json</c>): one item per day that has papers,
/// newest day first, whose content lists that day's papers most upvoted first. An RSS-to-email service turns it
/// into one message a day. A day's item is identified by the day page's address, so it stays one item however
/// often the site is rebuilt.
/// </summary>
internal sealed class DigestFeeds : IPageKind
{
    /// <summary>How many titles a day's one-line summary names before "and N more".</summary>
    private const int TitlesInSummary = 10;

    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var days = model.Index.Days;
        var recent = days.Reverse().Take(model.Settings.FeedSize).Select(day => View(model, day.Key, model.ViewsAt(day.Papers))).ToArray();
        DateOnly? newest = days.Length > 0 ? days[^1].Key : null;
        var title = $"{model.Settings.Title}: daily digest";
        var description = $"One item a day listing that day's papers on {model.Settings.Title}.";
        foreach (var format in FeedFormat.All)
        {
            var address = SiteUrls.DigestPath(format);
            var feed = PaperFeeds.Describe(model, format, address, title, description, model.Urls.Absolute(""), newest, model.Settings.FeedContent);
            yield return new PageJob(address, format.DigestTemplate, format.Output, PaperFeeds.PageOf(model, address, title, description), new DigestFeed(feed, recent));
        }
    }

    private static DigestDayView View(SiteModel model, DateOnly date, PaperView[] papers)
    {
        var named = string.Join("; ", papers.Take(TitlesInSummary).Select(p => p.TitleText));
        var more = papers.Length > TitlesInSummary ? $"; and {(papers.Length - TitlesInSummary).ToString(CultureInfo.InvariantCulture)} more" : "";
        var summary = $"{ListingLabels.Papers(papers.Length)}: {named}{more}.";
        return new DigestDayView(
            PaperViewFactory.Iso(date),
            PaperViewFactory.Text(date),
            PaperViewFactory.Rfc822(date),
            PaperViewFactory.Rfc3339(date),
            model.Urls.Absolute(SiteUrls.DayPath(date)),
            papers,
            summary);
    }
}

/// <summary>What a digest template sees: the <c>feed</c> and its <c>days</c>, newest first.</summary>
internal sealed record DigestFeed(FeedView Feed, IReadOnlyList<DigestDayView> Days);
