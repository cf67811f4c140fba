using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>One page per paper, at <c>papers/&lt;id&gt;/</c>, with its full abstract, citation data and links to its day, week and month.</summary>
internal sealed class PaperPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model) =>
        model.Views.Select(view =>
        {
            var address = SiteUrls.PaperPath(view.Id);
            return new PageJob(address, "paper.html", OutputFormat.Html, "paper",
                () => new PageView("paper", view.TitleText, PaperViewFactory.Summarise(view.AbstractText, PaperViewFactory.DescriptionLength), model.Urls.Absolute(address), model.SiteFeed),
                new PaperPage(view, model.Listings.Switch("", view.Source.Date)));
        });
}

/// <summary>What <c>paper.html</c> sees: the <c>paper</c>, the <c>periods</c> it is listed in, and its <c>json_ld</c>.</summary>
internal sealed record PaperPage(PaperView Paper, PeriodSwitchView Periods)
{
    /// <summary>schema.org ScholarlyArticle data for search engines; made when the page is rendered, not kept.</summary>
    public Markup JsonLd => Markup.Html(ScholarlyArticle.JsonLd(Paper));
}
