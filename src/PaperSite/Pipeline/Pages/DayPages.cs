using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>One page per day at <c>days/&lt;yyyy-MM-dd&gt;/</c>, most upvoted first, linking to the previous and next day that have papers.</summary>
internal sealed class DayPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var days = model.Index.Days;
        for (var i = 0; i < days.Length; i++)
        {
            var (previous, next) = Listings.Neighbours(days, i);
            var date = days[i].Key;
            var address = SiteUrls.DayPath(date);
            var page = new PageView("day", $"Papers of {ListingLabels.Day(date)}", $"{ListingLabels.Papers(days[i].Papers.Length)} listed on {PaperViewFactory.Iso(date)}.", model.Urls.Absolute(address), model.SiteFeed);
            yield return new PageJob(address, "day.html", OutputFormat.Html, page, new DayPage(
                model.Listings.Day(date),
                model.ViewsAt(days[i].Papers),
                previous is null ? null : model.Listings.Day(previous.Key),
                next is null ? null : model.Listings.Day(next.Key),
                model.Listings.Switch("day", date)));
        }
    }
}

/// <summary>What <c>day.html</c> sees.</summary>
internal sealed record DayPage(DayLinkView Day, IReadOnlyList<PaperView> Papers, DayLinkView? PreviousDay, DayLinkView? NextDay, PeriodSwitchView Periods);
