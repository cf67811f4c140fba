using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>Stage: one page per paper, at <c>papers/&lt;id&gt;/</c>.</summary>
internal static class BuildPaperPages
{
    public static IEnumerable<PageJob> Run(SiteModel model) =>
        model.Index.Papers.Select(paper =>
        {
            var view = model.PaperViews[paper.Id];
            var path = SiteUrls.PaperPath(paper.Id);
            var page = new PageView("paper", view.TitleText, view.Summary, model.Urls.Absolute(path), model.SiteFeeds);
            return new PageJob(SiteUrls.FileOf(path), "paper.html", OutputFormat.Html, page, new Dictionary<string, object?> { ["paper"] = view });
        });
}
