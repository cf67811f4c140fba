using System.Globalization;
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
    private readonly string _baseUrl = settings.AbsoluteBase;

    public static string PaperPath(string id) => $"papers/{id}/";

    public static string DayPath(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"days/{date:yyyy-MM-dd}/");

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
    public static string FileOf(string path) => path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>The address a page links to: the base path plus the site-relative path.</summary>
    public string Link(string path) => _basePath + path;

    /// <summary>The absolute URL of a site-relative path.</summary>
    public string Absolute(string path) => _baseUrl + path;
}
