using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// What every listing of papers shares: links to days, weeks and months with their counts, the day / week /
/// month switch, and papers grouped under day headings. Made once per plan, so each link is a lookup.
/// </summary>
internal sealed class Listings
{
    private readonly SiteModel _model;
    private readonly Dictionary<DateOnly, int> _dayCounts;
    private readonly Dictionary<IsoWeek, int> _weekCounts;
    private readonly Dictionary<YearMonth, int> _monthCounts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Current, DateOnly Date), PeriodSwitchView> _switches = new();

    public Listings(SiteModel model)
    {
        _model = model;
        _dayCounts = model.Index.Days.ToDictionary(g => g.Key, g => g.Papers.Length);
        _weekCounts = model.Index.Weeks.ToDictionary(g => g.Key, g => g.Papers.Length);
        _monthCounts = model.Index.Months.ToDictionary(g => g.Key, g => g.Papers.Length);
    }

    public DayLinkView Day(DateOnly date) =>
        new(PaperViewFactory.Iso(date), ListingLabels.Day(date), _model.Urls.Link(SiteUrls.DayPath(date))) { PaperCount = _dayCounts.GetValueOrDefault(date) };

    public PeriodLinkView DayPeriod(DateOnly date) => new(ListingLabels.Day(date), _model.Urls.Link(SiteUrls.DayPath(date)), _dayCounts.GetValueOrDefault(date));

    public PeriodLinkView Week(IsoWeek week) => new(ListingLabels.Week(week), _model.Urls.Link(SiteUrls.WeekPath(week)), _weekCounts.GetValueOrDefault(week));

    public PeriodLinkView Month(YearMonth month) => new(ListingLabels.Month(month), _model.Urls.Link(SiteUrls.MonthPath(month)), _monthCounts.GetValueOrDefault(month));

    /// <summary>
    /// The switch to the day, week and month holding <paramref name="date"/>, which has papers. Made once per day and
    /// shared: every paper page shows its day's, and 100,000 copies would be about 60 MB.
    /// </summary>
    public PeriodSwitchView Switch(string current, DateOnly date) =>
        _switches.GetOrAdd((current, date), static (key, listings) => new(key.Current, listings.DayPeriod(key.Date), listings.Week(IsoWeek.Of(key.Date)), listings.Month(YearMonth.Of(key.Date))), this);

    /// <summary>Papers (positions, newest first) under one heading per day, each day most upvoted first.</summary>
    public DaySectionView[] ByDay(IEnumerable<int> positions)
    {
        var papers = _model.Index.Papers;
        return positions
            .GroupBy(position => papers[position].Date)
            .Select(day => new DaySectionView(Day(day.Key), _model.ViewsAt(day)) { Complete = day.Count() == _dayCounts.GetValueOrDefault(day.Key) })
            .ToArray();
    }

    /// <summary>The neighbours of the group at <paramref name="index"/> in an oldest-first list of groups: there are no empty ones to skip.</summary>
    public static (TGroup? Previous, TGroup? Next) Neighbours<TGroup>(ImmutableArray<TGroup> groups, int index)
        where TGroup : class =>
        (index > 0 ? groups[index - 1] : null, index < groups.Length - 1 ? groups[index + 1] : null);
}
