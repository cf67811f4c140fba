using System.Globalization;
using PaperSite.Indexing;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: one page per day at <c>days/&lt;yyyy-MM-dd&gt;/</c>, most upvoted first, linking to the
/// previous and next day that have papers; and the home page, which shows the newest day.
/// </summary>
internal static class BuildDayPages
{
    private const int RecentDayCount = 14;

    public static IEnumerable<PageJob> Run(SiteModel model)
    {
        var days = model.Index.Days;
        for (var i = 0; i < days.Length; i++)
        {
            var variables = DayVariables(model, i);
            var path = SiteUrls.DayPath(days[i].Date);
            var title = $"Papers of {PaperViewFactory.Text(days[i].Date)}";
            var page = new PageView("day", title, string.Create(CultureInfo.InvariantCulture, $"{days[i].Papers.Length} papers listed on {PaperViewFactory.Iso(days[i].Date)}."), model.Urls.Absolute(path), model.SiteFeeds);
            yield return new PageJob(SiteUrls.FileOf(path), "day.html", OutputFormat.Html, page, variables);
        }

        var homeVariables = days.Length > 0 ? DayVariables(model, days.Length - 1) : new Dictionary<string, object?> { ["day"] = null, ["papers"] = Array.Empty<PaperView>() };
        homeVariables["recent_days"] = RecentDays(model);
        var home = new PageView("home", model.Settings.Title, model.Settings.Description, model.Urls.Absolute(""), model.SiteFeeds);
        yield return new PageJob("index.html", "home.html", OutputFormat.Html, home, homeVariables);
    }

    private static Dictionary<string, object?> DayVariables(SiteModel model, int index)
    {
        var days = model.Index.Days;
        return new Dictionary<string, object?>
        {
            ["day"] = LinkTo(model, days[index]),
            ["papers"] = model.ViewsOf(days[index].Papers),
            ["previous_day"] = index > 0 ? LinkTo(model, days[index - 1]) : null,
            ["next_day"] = index < days.Length - 1 ? LinkTo(model, days[index + 1]) : null,
        };
    }

    /// <summary>The days before the newest, newest first, so the home page leads on into the archive.</summary>
    private static DayLinkView[] RecentDays(SiteModel model) =>
        [.. model.Index.Days.Reverse().Skip(1).Take(RecentDayCount).Select(day => LinkTo(model, day) with { PaperCount = day.Papers.Length })];

    private static DayLinkView LinkTo(SiteModel model, Day day) =>
        new(PaperViewFactory.Iso(day.Date), PaperViewFactory.Text(day.Date), model.Urls.Link(SiteUrls.DayPath(day.Date)));
}
