namespace PaperSite.Model;

/// <summary>The site's settings from <c>input/site.yaml</c>.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, always ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    public string? Description { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>
    /// Papers per tag or author page before the next page starts, by default 100, as arXiv's longer listings show: a
    /// row is a title and one line of small print (about 200 bytes), so a page of 100 is about 25 KB, lighter than a
    /// day's page of cards; and every page repeats the site's head, header and footer (about 2.5 KB), which at 20 rows
    /// a page cost 130 bytes a row, at 100 rows 25.
    /// </summary>
    public const int DefaultPageSize = 100;

    /// <summary>Papers per tag or author page before the next page starts.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>How many of the newest papers the home page shows, under day headings.</summary>
    public int HomeSize { get; init; } = 30;

    /// <summary>
    /// How many papers an author needs for a page of their own. Most authors of a large archive appear once;
    /// their names stay on their papers, but pages for them all would outgrow GitHub Pages' 1 GB.
    /// </summary>
    public int AuthorMinPapers { get; init; } = 2;

    /// <summary>Items in the site's feeds: papers, or days in the daily digest.</summary>
    public int FeedSize { get; init; } = 50;

    /// <summary>
    /// Items in each tag's feeds, 20 by default: a reader polls a feed at least daily and needs only what is new since,
    /// and a site has hundreds of tags, each with three feeds (docs/FEEDS.md).
    /// </summary>
    public const int DefaultTagFeedSize = 20;

    /// <summary>Items in each tag's feeds.</summary>
    public int TagFeedSize { get; init; } = DefaultTagFeedSize;

    /// <summary>Whether the site's feeds of its newest papers carry the whole abstract or only its summary.</summary>
    public FeedContent FeedContent { get; init; } = FeedContent.Full;

    /// <summary>
    /// The same for each tag's feeds, summaries by default: a site has hundreds of tags, each with three feeds, and whole
    /// abstracts there were a fifth of a 100,000-paper site (docs/FEEDS.md says why summaries serve those readers).
    /// </summary>
    public FeedContent TagFeedContent { get; init; } = FeedContent.Summary;

    /// <summary>The archive's own LaTeX macros (<c>math_macros</c>), used in every formula of every record.</summary>
    public Abstracts.MathMacros MathMacros { get; init; } = Abstracts.MathMacros.None;

    /// <summary>
    /// The path part of <see cref="BaseUrl"/>, e.g. "/repo/"; every link on the site starts with it. Always the
    /// normalised form (<see cref="BaseUrlPath.Normalise"/>), so no link can start with "//" and leave the host.
    /// </summary>
    public string BasePath => BaseUrlPath.Normalise(BaseUrl);

    /// <summary>Scheme, host and port, then <see cref="BasePath"/>: what every absolute URL of the site starts with.</summary>
    public string AbsoluteBase => BaseUrl.GetLeftPart(UriPartial.Authority) + BasePath;

    /// <summary>The archive's repository (<c>repo_url</c>), e.g. https://github.com/owner/archive, without a final '/'; null when not set.</summary>
    public Uri? RepoUrl { get; init; }

    /// <summary>The branch contributions go to (<c>repo_branch</c>).</summary>
    public string RepoBranch { get; init; } = "main";
}
