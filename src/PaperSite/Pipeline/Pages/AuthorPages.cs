using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>
/// An author's papers newest first at <c>authors/&lt;slug&gt;/</c>, in pages of <c>page_size</c>, for every author
/// with at least <c>author_min_papers</c> papers (see <see cref="BuildArchiveIndex"/>). Names are linked to it
/// from every card and paper page.
/// </summary>
internal sealed class AuthorPages : IPageKind
{
    public IEnumerable<PageJob> Plan(SiteModel model)
    {
        foreach (var author in model.Index.Authors)
        {
            var link = new AuthorLinkView(author.Name, model.Urls.Link(SiteUrls.AuthorPath(author.Slug)), author.Papers.Length);
            foreach (var slice in Pagination.Split(model, author.Papers, number => SiteUrls.AuthorPath(author.Slug, number)))
            {
                var page = new PageView("author", Pagination.Title(author.Name, slice), $"{ListingLabels.Papers(author.Papers.Length)} by {author.Name}.", model.Urls.Absolute(slice.Address), model.SiteFeed);
                yield return new PageJob(slice.Address, "author.html", OutputFormat.Html, page, new AuthorPage(link, slice.Papers, slice.Pager));
            }
        }
    }
}

/// <summary>An author with a page: <c>name</c>, <c>url</c>, <c>paper_count</c>.</summary>
public sealed record AuthorLinkView(string Name, string Url, int PaperCount);

/// <summary>What <c>author.html</c> sees.</summary>
internal sealed record AuthorPage(AuthorLinkView Author, IReadOnlyList<PaperView> Papers, PagerView Pager);
