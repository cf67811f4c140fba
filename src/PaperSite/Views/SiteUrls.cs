using System.Globalization;
using PaperSite.Indexing;
using PaperSite.Model;

namespace PaperSite.Views;

/// <summary>
/// Every address on the site, in one place. Links inside pages carry the base URL's path
/// ("/repo/papers/x/"), so a GitHub Pages project site works; feeds and canonical links use
/// absolute URLs, since feed readers break on relative ones.
/// </summary>
internal sealed class SiteUrls(SiteSettings settings)
{
    private readonly string _basePath = settings.BasePath;
    private readonly string _baseUrl = settings.BaseUrl.AbsoluteUri;

    public static string PaperPath(string id) => $"papers/{id}/";

    public static string DayPath(DateOnly date) => $"days/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/";

    /// <summary>An ISO 8601 week, as ISO writes it: <c>weeks/2025-W01/</c>.</summary>
    public static string WeekPath(IsoWeek week) => string.Create(CultureInfo.InvariantCulture, $"weeks/{week.Year:D4}-W{week.Week:D2}/");

    public static string MonthPath(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"months/{month.Year:D4}-{month.Month:D2}/");

    public const string ArchivePath = "archive/";

    public static string AuthorPath(string slug, int page = 1) => page <= 1 ? $"authors/{slug}/" : string.Create(CultureInfo.InvariantCulture, $"authors/{slug}/page/{page}/");

    /// <summary>GitHub Pages serves this file for every address the site does not have.</summary>
    public const string NotFoundPath = "404.html";

    public const string SitemapPath = "sitemap.xml";

    public const string RobotsPath = "robots.txt";

    public const string TagsPath = "tags/";

    public static string TagPath(string slug, int page = 1) => page <= 1 ? $"tags/{slug}/" : string.Create(CultureInfo.InvariantCulture, $"tags/{slug}/page/{page}/");

    /// <summary>The tag's RSS feed.</summary>
    public static string TagFeedPath(string slug) => TagFeedPath(slug, FeedFormat.Rss);

    public static string TagFeedPath(string slug, FeedFormat format) => $"tags/{slug}/{format.FileName}";

    /// <summary>The site's RSS feed.</summary>
    public const string FeedPath = "feed.xml";

    public static string FeedPathOf(FeedFormat format) => format.FileName;

    public static string DigestPath(FeedFormat format) => format.DigestFileName;

    /// <summary>The file a directory-style address is written to.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>The address a page links to: the base path plus the site-relative path.</summary>
    public string Link(string path) => _basePath + path;

    /// <summary>The absolute URL of a site-relative path.</summary>
    public string Absolute(string path) => _baseUrl + path;
}
