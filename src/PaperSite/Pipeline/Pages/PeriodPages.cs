using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// One page per period that has papers, newest day first: ISO 8601 weeks at <c>weeks/&lt;yyyy&gt;-W&lt;ww&gt;/</c>
/// and months at <c>months/&lt;yyyy-MM&gt;/</c>. Each links to the previous and next period that has papers.
/// </summary>
internal sealed class PeriodPages<TKey>(
    string kind,
    Func<ArchiveIndex, ImmutableArray<PaperGroup<TKey>>> periodsOf,
    Func<TKey, string> addressOf,
    Func<Listings, TKey, PeriodLinkView> linkOf) : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var periods = periodsOf(model.Index);
        for (var i = 0; i < periods.Length; i++)
        {
            var (previous, next) = Listings.Neighbours(periods, i);
            var period = linkOf(model.Listings, periods[i].Key);
            var address = addressOf(periods[i].Key);
            var page = new PageView(kind, $"Papers of {period.Label}", $"{ListingLabels.Papers(period.PaperCount)} listed in {period.Label}.", model.Urls.Absolute(address), model.SiteFeed);
            yield return new PageJob(address, kind + ".html", OutputFormat.Html, page, new PeriodPage(
                period,
                model.Listings.ByDay(periods[i].Papers),
                previous is null ? null : linkOf(model.Listings, previous.Key),
                next is null ? null : linkOf(model.Listings, next.Key),
                model.Listings.Switch(kind, periods[i].NewestDate(model.Index))));
        }
    }
}

/// <summary>The two kinds of period page.</summary>
internal static class PeriodPages
{
    public static readonly PeriodPages<IsoWeek> Weeks = new("week", index => index.Weeks, SiteUrls.WeekPath, (listings, week) => listings.Week(week));

    public static readonly PeriodPages<YearMonth> Months = new("month", index => index.Months, SiteUrls.MonthPath, (listings, month) => listings.Month(month));
}
