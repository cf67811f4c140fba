using System.Globalization;
using PaperSite.Indexing;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: the daily digest (<c>digest.xml</c>, <c>digest.atom</c>, <c>digest.json</c>): one item per day that
/// has papers, newest day first, whose content lists that day's papers most upvoted first. An RSS-to-email
/// service turns it into one message a day. A day's item is identified by the day page's address, so it
/// stays one item however often the site is rebuilt.
/// </summary>
internal static class GenerateDigestFeeds
{
    /// <summary>How many titles a day's one-line summary names before "and N more".</summary>
    private const int TitlesInSummary = 10;

    public static IEnumerable<PageJob> Run(SiteModel model)
    {
        var days = model.Index.Days;
        var recent = days.Reverse().Take(model.Settings.FeedSize).Select(day => View(model, day)).ToArray();
        DateOnly? newest = days.Length > 0 ? days[^1].Date : null;
        var title = $"{model.Settings.Title}: daily digest";
        var description = $"One item a day listing that day's papers on {model.Settings.Title}.";
        foreach (var format in FeedFormat.All)
        {
            yield return GenerateFeeds.Job(model, format, SiteUrls.DigestPath(format), format.DigestTemplate, title, description,
                model.Urls.Absolute(""), newest, new Dictionary<string, object?> { ["days"] = recent });
        }
    }

    private static DigestDayView View(SiteModel model, Day day)
    {
        var papers = model.ViewsOf(day.Papers);
        var named = string.Join("; ", papers.Take(TitlesInSummary).Select(p => p.TitleText));
        var more = papers.Count > TitlesInSummary ? $"; and {(papers.Count - TitlesInSummary).ToString(CultureInfo.InvariantCulture)} more" : "";
        var summary = $"{papers.Count.ToString(CultureInfo.InvariantCulture)} {(papers.Count == 1 ? "paper" : "papers")}: {named}{more}.";
        return new DigestDayView(
            PaperViewFactory.Iso(day.Date),
            PaperViewFactory.Text(day.Date),
            PaperViewFactory.Rfc822(day.Date),
            PaperViewFactory.Rfc3339(day.Date),
            model.Urls.Absolute(SiteUrls.DayPath(day.Date)),
            papers,
            summary);
    }
}
