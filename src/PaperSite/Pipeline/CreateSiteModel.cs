using System.Collections.Concurrent;
using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Model;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>Stage: makes the <see cref="SiteModel"/>, rendering every paper's view in parallel.</summary>
internal static class CreateSiteModel
{
    public static SiteModel Run(SiteSettings settings, ArchiveIndex index)
    {
        var urls = new SiteUrls(settings);
        var repository = RepositoryLinks.For(settings);
        var factory = new PaperViewFactory(urls, repository);
        var views = new ConcurrentDictionary<string, PaperView>(StringComparer.Ordinal);
        Parallel.ForEach(index.Papers, paper => views[paper.Id] = factory.Create(paper, index.TagsByPaperId[paper.Id]));

        var site = new SiteView(
            settings.Title,
            settings.Description,
            settings.Language,
            settings.BaseUrl.AbsoluteUri,
            settings.BasePath,
            urls.Link(""),
            urls.Link(SiteUrls.TagsPath),
            urls.Absolute(SiteUrls.FeedPath),
            urls.Link("assets/style.css"))
        {
            Feeds =
            [
                .. FeedFormat.Links(settings.Title, "", format => urls.Absolute(SiteUrls.FeedPathOf(format))),
                .. FeedFormat.Links($"{settings.Title}: daily digest", "Daily digest", format => urls.Absolute(SiteUrls.DigestPath(format))),
            ],
            AddPaperUrl = repository?.AddPaperUrl(),
        };

        return new SiteModel(settings, index, urls, site, views.ToImmutableDictionary(StringComparer.Ordinal));
    }
}
