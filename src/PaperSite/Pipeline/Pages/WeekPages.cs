using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>One page per ISO 8601 week that has papers, at <c>weeks/&lt;yyyy&gt;-W&lt;ww&gt;/</c>, newest day first.</summary>
internal sealed class WeekPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var weeks = model.Index.Weeks;
        for (var i = 0; i < weeks.Length; i++)
        {
            var (previous, next) = Listings.Neighbours(weeks, i);
            var week = model.Listings.Week(weeks[i].Key);
            var address = SiteUrls.WeekPath(weeks[i].Key);
            var page = new PageView("week", $"Papers of {week.Label}", $"{ListingLabels.Papers(week.PaperCount)} listed in {week.Label}.", model.Urls.Absolute(address), model.SiteFeeds);
            yield return new PageJob(address, "week.html", OutputFormat.Html, page, new PeriodPage(
                week,
                model.Listings.ByDay(weeks[i].Papers),
                previous is null ? null : model.Listings.Week(previous.Key),
                next is null ? null : model.Listings.Week(next.Key),
                model.Listings.Switch("week", weeks[i].NewestDate(model.Index))));
        }
    }
}
