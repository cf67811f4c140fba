using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Model;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// What the page kinds plan from: the settings, the index, and one view per paper, made once (the abstract
/// is rendered once however many pages show it). <see cref="Views"/> lines up with the index's papers by
/// position, so a slice of the index is turned into views without any lookup by id.
/// </summary>
internal sealed record SiteModel(SiteSettings Settings, ArchiveIndex Index, SiteUrls Urls, SiteView Site, ImmutableArray<PaperView> Views)
{
    private Pages.Listings? _listings;

    /// <summary>Links to days, weeks and months, shared by every listing page; made on first use, while pages are planned.</summary>
    public Pages.Listings Listings => _listings ??= new Pages.Listings(this);

    public PaperView[] ViewsAt(IEnumerable<int> positions) => positions.Select(position => Views[position]).ToArray();

    /// <summary>
    /// The feeds every page offers for autodiscovery: the site's newest papers, in each format. The home page
    /// offers the daily digests too (<see cref="SiteView.Feeds"/>); repeating those six links in the head of
    /// 100,000 paper pages would cost more than it helps.
    /// </summary>
    public IReadOnlyList<FeedLinkView> SiteFeeds => _siteFeeds ??= [.. Site.Feeds.Take(FeedFormat.All.Count)];

    /// <summary>
    /// The one feed offered by the pages whose number grows with the archive (papers, days, weeks, months, authors):
    /// the site's RSS feed, which every feed reader reads. A reader given any page finds the site's feed, and the
    /// footer links every format; three links in each of those heads would be about 300 bytes a page, 40 MB at
    /// 100,000 papers.
    /// </summary>
    public IReadOnlyList<FeedLinkView> SiteFeed => _siteFeed ??= [Site.Feeds[0]];

    private IReadOnlyList<FeedLinkView>? _siteFeeds;
    private IReadOnlyList<FeedLinkView>? _siteFeed;
}
