using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// What a week's or a month's page sees (<c>week.html</c>, <c>month.html</c>): the <c>period</c>, its papers under
/// day headings, the <c>previous</c> and <c>next</c> period that have papers, and the day / week / month switch.
/// </summary>
internal sealed record PeriodPage(PeriodLinkView Period, IReadOnlyList<DaySectionView> Days, PeriodLinkView? Previous, PeriodLinkView? Next, PeriodSwitchView Periods);
