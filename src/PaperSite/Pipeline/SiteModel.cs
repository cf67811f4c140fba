using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Model;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// What the page-building stages share: the settings, the index, and one view per paper,
/// made once (the abstract is rendered once however many pages show it).
/// </summary>
internal sealed record SiteModel(SiteSettings Settings, ArchiveIndex Index, SiteUrls Urls, SiteView Site, ImmutableDictionary<string, PaperView> PaperViews)
{
    public IReadOnlyList<PaperView> ViewsOf(IEnumerable<Paper> papers) => papers.Select(p => PaperViews[p.Id]).ToArray();

    /// <summary>The site-wide feeds, offered on every page.</summary>
    public IReadOnlyList<FeedLinkView> SiteFeeds => Site.Feeds;
}
