using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// The home page: the newest <c>home_size</c> papers across days under day headings, with the day / week / month
/// switch into the listings and the days before them, so a reader who lands there sees a full page.
/// </summary>
internal sealed class HomePage : IPageKind
{
    /// <summary>How many earlier days the home page links to after its papers.</summary>
    private const int EarlierDayCount = 14;

    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var papers = model.Index.Papers;
        var shown = Enumerable.Range(0, Math.Min(model.Settings.HomeSize, papers.Length)).ToArray();
        var days = model.Listings.ByDay(shown);
        var lastShown = shown.Length > 0 ? papers[shown[^1]].Date : default;
        var earlier = model.Index.Days.Reverse().SkipWhile(day => day.Key >= lastShown).Take(EarlierDayCount).Select(day => model.Listings.Day(day.Key)).ToArray();
        var page = new PageView("home", model.Settings.Title, model.Settings.Description ?? $"The newest papers of {model.Settings.Title}.", model.Urls.Absolute(""), model.Site.Feeds);
        yield return new PageJob("", "home.html", OutputFormat.Html, page, new HomePageModel(
            days,
            shown.Length > 0 ? model.Listings.Switch("", papers[0].Date) : null,
            earlier,
            papers.Length));
    }
}

/// <summary>What <c>home.html</c> sees: the newest papers under day headings, the <c>periods</c> of the newest day, the <c>earlier_days</c>.</summary>
internal sealed record HomePageModel(IReadOnlyList<DaySectionView> Days, PeriodSwitchView? Periods, IReadOnlyList<DayLinkView> EarlierDays, int PaperCount);
