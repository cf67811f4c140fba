using System.Collections.Immutable;
using PaperSite.Rendering;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// The registry of page kinds: adding a kind is its class (its model, template and addresses) and one line here.
/// The order is the order of the plan, which is also the sitemap's.
/// </summary>
internal static class PageKinds
{
    public static readonly ImmutableArray<IPageKind> All =
    [
        new HomePage(),
        new PaperPages(),
        new DayPages(),
        PeriodPages.Weeks,
        PeriodPages.Months,
        new ArchivePage(),
        new TagIndexPage(),
        new TagPages(),
        new AuthorPages(),
        new NotFoundPage(),
        new PaperFeeds(),
        new DigestFeeds(),
    ];

    /// <summary>Every file of the site that a template renders, in a defined order, before any is rendered.</summary>
    public static ImmutableArray<PageJob> Plan(SiteModel model) => [.. All.SelectMany(kind => kind.Plan(model))];
}
