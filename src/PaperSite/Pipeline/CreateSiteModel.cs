using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Model;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>Stage: makes the <see cref="SiteModel"/>, making every paper's view in parallel, in the index's order.</summary>
internal static class CreateSiteModel
{
    public static SiteModel Run(SiteSettings settings, ArchiveIndex index)
    {
        var urls = new SiteUrls(settings);
        var repository = RepositoryLinks.For(settings);
        var factory = new PaperViewFactory(urls, repository);
        var views = new PaperView[index.Papers.Length];
        Parallel.For(0, views.Length, i => views[i] = factory.Create(index.Papers[i], index.TagsOf[i], index.AuthorPagesOf[i]));

        var site = new SiteView(
            settings.Title,
            settings.Description,
            settings.Language,
            urls.Absolute(""),
            settings.BasePath,
            urls.Link(""),
            urls.Link(SiteUrls.TagsPath),
            urls.Absolute(SiteUrls.FeedPath),
            urls.Link("assets/style.css"))
        {
            Feeds =
            [
                .. FeedFormat.Links(urls, settings.Title, "", SiteUrls.FeedPathOf),
                .. FeedFormat.Links(urls, $"{settings.Title}: daily digest", "Daily digest", SiteUrls.DigestPath),
            ],
            ArchiveUrl = urls.Link(SiteUrls.ArchivePath),
            ScriptUrl = urls.Link("assets/site.js"),
            IconUrl = urls.Link("assets/favicon.svg"),
            AddPaperUrl = repository?.AddPaperUrl(),
        };

        return new SiteModel(settings, index, urls, site, [.. views]);
    }

    /// <summary>
    /// The model with the paper at <paramref name="position"/> replaced by <paramref name="paper"/>, which must be on the
    /// same pages in the same place (<see cref="RenderedSite.StaysInPlace"/>): its view is made again, every other view
    /// and the index's slices are shared.
    /// </summary>
    public static SiteModel WithPaper(SiteModel model, int position, Paper paper)
    {
        var index = model.Index with { Papers = model.Index.Papers.SetItem(position, paper) };
        var view = new PaperViewFactory(model.Urls, RepositoryLinks.For(model.Settings)).Create(paper, index.TagsOf[position], index.AuthorPagesOf[position]);
        return new SiteModel(model.Settings, index, model.Urls, model.Site, model.Views.SetItem(position, view));
    }
}
