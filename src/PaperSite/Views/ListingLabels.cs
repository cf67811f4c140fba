using System.Globalization;
using PaperSite.Indexing;

namespace PaperSite.Views;

/// <summary>How days, weeks and months are named on pages. Always the invariant culture: output never depends on the machine's.</summary>
internal static class ListingLabels
{
    public static string Day(DateOnly date) => PaperViewFactory.Text(date);

    /// <summary>"Week 41 of 2025 (Oct 6 – 12)": the number is the ISO week's, the dates say which days it holds.</summary>
    public static string Week(IsoWeek week)
    {
        var (monday, sunday) = (week.Monday, week.Sunday);
        var end = monday.Month == sunday.Month ? sunday.Day.ToString(CultureInfo.InvariantCulture) : sunday.ToString("MMM d", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"Week {week.Week} of {week.Year} ({monday.ToString("MMM d", CultureInfo.InvariantCulture)} – {end})");
    }

    public static string Month(YearMonth month) => month.First.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Papers(int count) => count == 1 ? "1 paper" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} papers");
}
