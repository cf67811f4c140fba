using System.Globalization;
using PaperSite.Markdown;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Views;

/// <summary>Turns a <see cref="Paper"/> and its resolved tags into the <see cref="PaperView"/> templates see.</summary>
internal sealed class PaperViewFactory(SiteUrls urls, RepositoryLinks? repository = null)
{
    private const int SummaryLength = 280;

    public PaperView Create(Paper paper, IReadOnlyList<Tag> tags)
    {
        var path = SiteUrls.PaperPath(paper.Id);
        var rendered = AbstractRenderer.Render(paper.Abstract);
        var plain = rendered.PlainText;
        return new PaperView
        {
            Id = paper.Id,
            Title = paper.Title,
            Url = urls.Link(path),
            AbsoluteUrl = urls.Absolute(path),
            DateIso = Iso(paper.Date),
            DateText = Text(paper.Date),
            DateRfc822 = Rfc822(paper.Date),
            DateRfc3339 = Rfc3339(paper.Date),
            DayUrl = urls.Link(SiteUrls.DayPath(paper.Date)),
            AbstractHtml = Markup.Html(rendered.Html),
            AbstractText = plain,
            Summary = Summarise(plain),
            Organization = paper.Organization,
            Upvotes = paper.Upvotes,
            Authors = paper.Authors.Select(a => new AuthorView(a.Name, a.Affiliation, a.Orcid, a.Orcid is null ? null : $"https://orcid.org/{a.Orcid}")).ToArray(),
            AuthorCount = paper.DisplayedAuthorCount,
            MoreAuthors = paper.Authors.Length > 0 && paper.AuthorCount > paper.Authors.Length,
            Tags = tags.Select(t => new TagLinkView(t.Name, t.Slug, urls.Link(SiteUrls.TagPath(t.Slug)), urls.Absolute(SiteUrls.TagPath(t.Slug)))).ToArray(),
            Links = paper.Links.Select(l => new LinkView(l.Name, l.Url)).ToArray(),
            ArxivId = paper.ArxivId,
            ArxivUrl = paper.ArxivId is null ? null : $"https://arxiv.org/abs/{paper.ArxivId}",
            PdfUrl = paper.ArxivId is null ? null : $"https://arxiv.org/pdf/{paper.ArxivId}",
            Doi = paper.Doi,
            DoiUrl = paper.Doi is null ? null : $"https://doi.org/{paper.Doi}",
            PublishedIso = paper.Published is { } published ? Iso(published) : null,
            PublishedText = paper.Published is { } shown ? Text(shown) : null,
            SubmittedBy = paper.SubmittedBy,
            Bibtex = Bibtex.Of(paper, urls.Absolute(path)),
            EditUrl = repository?.EditUrl(paper.SourcePath),
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Rfc822(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToString("r", CultureInfo.InvariantCulture);

    public static string Rfc3339(DateOnly date) => Iso(date) + "T00:00:00Z";

    /// <summary>The first sentences of the abstract up to about <see cref="SummaryLength"/> characters, cut at a word.</summary>
    public static string Summarise(string plain)
    {
        if (plain.Length <= SummaryLength)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', SummaryLength);
        return string.Concat(plain.AsSpan(0, cut > SummaryLength / 2 ? cut : SummaryLength), "…");
    }
}
