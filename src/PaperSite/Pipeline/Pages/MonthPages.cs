using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>One page per month that has papers, at <c>months/&lt;yyyy-MM&gt;/</c>, newest day first.</summary>
internal sealed class MonthPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var months = model.Index.Months;
        for (var i = 0; i < months.Length; i++)
        {
            var (previous, next) = Listings.Neighbours(months, i);
            var month = model.Listings.Month(months[i].Key);
            var address = SiteUrls.MonthPath(months[i].Key);
            var page = new PageView("month", $"Papers of {month.Label}", $"{ListingLabels.Papers(month.PaperCount)} listed in {month.Label}.", model.Urls.Absolute(address), model.SiteFeeds);
            yield return new PageJob(address, "month.html", OutputFormat.Html, page, new PeriodPage(
                month,
                model.Listings.ByDay(months[i].Papers),
                previous is null ? null : model.Listings.Month(previous.Key),
                next is null ? null : model.Listings.Month(next.Key),
                model.Listings.Switch("month", months[i].NewestDate(model.Index))));
        }
    }
}
