using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// <c>404.html</c>, which GitHub Pages shows for any address the site lacks. Its links carry the base path, as
/// every link does, so they work from whatever address it is shown at. It is not in the sitemap.
/// </summary>
internal sealed class NotFoundPage : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        var page = new PageView("not_found", "Page not found", $"This address is not part of {model.Settings.Title}.", model.Urls.Absolute(SiteUrls.NotFoundPath), model.SiteFeeds);
        yield return new PageJob(SiteUrls.NotFoundPath, "404.html", OutputFormat.Html, page, new NotFoundPageModel()) { InSitemap = false };
    }
}

/// <summary>What <c>404.html</c> sees: only the site.</summary>
internal sealed record NotFoundPageModel;
