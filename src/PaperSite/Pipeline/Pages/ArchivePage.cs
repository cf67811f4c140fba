using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>The archive at <c>archive/</c>: every year, newest first, with its months and their paper counts.</summary>
internal sealed class ArchivePage : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var years = model.Index.Months
            .Reverse()
            .GroupBy(month => month.Key.Year)
            .Select(year => new ArchiveYearView(
                year.Key,
                year.Sum(month => month.Papers.Length),
                [.. year.Select(month => model.Listings.Month(month.Key)).Select(link => new ArchiveMonthView(link.Label, link.Url, link.PaperCount))]))
            .ToArray();
        var page = new PageView("archive", "Archive", $"Every month of {model.Settings.Title}: {ListingLabels.Papers(model.Index.Papers.Length)}.", model.Urls.Absolute(SiteUrls.ArchivePath), model.SiteFeeds);
        yield return new PageJob(SiteUrls.ArchivePath, "archive.html", OutputFormat.Html, page, new ArchivePageModel(years, model.Index.Papers.Length));
    }
}

/// <summary>What <c>archive.html</c> sees.</summary>
internal sealed record ArchivePageModel(IReadOnlyList<ArchiveYearView> Years, int PaperCount);
