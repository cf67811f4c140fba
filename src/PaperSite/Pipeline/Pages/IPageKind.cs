using PaperSite.Rendering;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// One kind of page or feed: it plans every file of its kind from the site model, each a <see cref="PageJob"/>
/// with its address, template and typed model. Kinds are listed once, in <see cref="PageKinds"/>; whole-site
/// outputs (the sitemap, the search index) are stages over the plan they make together.
/// </summary>
internal interface IPageKind
{
    IEnumerable<PageJob> Plan(SiteModel model);
}
