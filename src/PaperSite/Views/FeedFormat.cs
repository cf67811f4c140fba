using PaperSite.Rendering;

namespace PaperSite.Views;

/// <summary>
/// One of the three formats every feed is offered in: its file names, media type and templates, and the
/// output format its templates are escaped for. Feed readers differ in what they read best, and a feed
/// costs little to write, so every slice of the archive has all three.
/// </summary>
internal sealed record FeedFormat(string Name, string MediaType, OutputFormat Output, string FileName, string DigestFileName, string Template, string DigestTemplate)
{
    public static readonly FeedFormat Rss = new("RSS", "application/rss+xml", OutputFormat.Xml, "feed.xml", "digest.xml", "feeds/rss.xml", "feeds/digest-rss.xml");

    public static readonly FeedFormat Atom = new("Atom", "application/atom+xml", OutputFormat.Xml, "atom.xml", "digest.atom", "feeds/atom.xml", "feeds/digest-atom.xml");

    public static readonly FeedFormat JsonFeed = new("JSON Feed", "application/feed+json", OutputFormat.Json, "feed.json", "digest.json", "feeds/feed.json", "feeds/digest.json");

    public static readonly IReadOnlyList<FeedFormat> All = [Rss, Atom, JsonFeed];

    /// <summary>
    /// The links to one slice's feeds, one per format, for autodiscovery in a page's head and for its body.
    /// <paramref name="label"/> names the slice in the body ("Daily digest"); empty for the page's own slice.
    /// </summary>
    public static IReadOnlyList<FeedLinkView> Links(SiteUrls urls, string title, string label, Func<FeedFormat, string> path) =>
        All.Select(format => new FeedLinkView($"{title} ({format.Name})", urls.Absolute(path(format)), format.MediaType, label.Length == 0 ? format.Name : $"{label} ({format.Name})")
        {
            Link = urls.Link(path(format)),
        }).ToArray();
}
