namespace PaperSite.Views;

/// <summary>A link to one listing of a period: a day, an ISO week or a month (<c>label</c>, <c>url</c>, <c>paper_count</c>).</summary>
public sealed record PeriodLinkView(string Label, string Url, int PaperCount);

/// <summary>
/// The day / week / month switch every listing shows, as Daily Papers does: links to the day, the week and the
/// month holding the listing's newest paper. <c>Current</c> is "day", "week" or "month" (or "" on the home page).
/// </summary>
public sealed record PeriodSwitchView(string Current, PeriodLinkView Day, PeriodLinkView Week, PeriodLinkView Month);

/// <summary>One day's heading and its papers, most upvoted first, inside a longer listing.</summary>
public sealed record DaySectionView(DayLinkView Day, IReadOnlyList<PaperView> Papers)
{
    /// <summary>False when the listing shows only some of the day's papers (the home page's last day), so it links to the rest.</summary>
    public bool Complete { get; init; } = true;
}

/// <summary>A year of the archive page, newest month first.</summary>
public sealed record ArchiveYearView(int Year, int PaperCount, IReadOnlyList<ArchiveMonthView> Months);

/// <summary>A month of the archive page, linking to its month page.</summary>
public sealed record ArchiveMonthView(string Name, string Url, int PaperCount);
