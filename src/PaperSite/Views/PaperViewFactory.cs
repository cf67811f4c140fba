using System.Globalization;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Views;

/// <summary>Turns a <see cref="Paper"/> and its resolved tags into the <see cref="PaperView"/> templates see.</summary>
internal sealed class PaperViewFactory(SiteUrls urls, RepositoryLinks? repository = null)
{
    private const int SummaryLength = 280;

    /// <summary>
    /// A paper page's meta description (and og:description): what search results and link previews show, about 160
    /// characters in Google's results; the card's longer summary would be cut there anyway, and is written twice per page.
    /// </summary>
    public const int DescriptionLength = 160;

    /// <summary>How many names a card shows before "et al.", as Daily Papers does.</summary>
    private const int NamesOnCard = 3;

    /// <summary>Links a card shows beside the tags; the rest are on the paper's page.</summary>
    private static readonly string[] CardLinkNames = ["code", "project", "github", "demo"];

    /// <param name="authorPages">The author page of each of the paper's authors, where they have one, by position.</param>
    public PaperView Create(Paper paper, IReadOnlyList<Tag> tags, IReadOnlyList<Indexing.AuthorGroup?> authorPages)
    {
        var path = SiteUrls.PaperPath(paper.Id);
        var plain = paper.AbstractText;
        var authorsShort = paper.Authors.Length == 0 ? null : string.Join(", ", paper.Authors.Take(NamesOnCard).Select(a => a.Name)) + (paper.DisplayedAuthorCount > Math.Min(NamesOnCard, paper.Authors.Length) ? " et al." : "");
        return new PaperView
        {
            Id = paper.Id,
            Title = paper.Title,
            TitleText = paper.TitleText ?? paper.Title,
            TitleHtml = Markup.Html(paper.TitleHtml ?? Escaping.Html(paper.Title)),
            Url = urls.Link(path),
            AbsoluteUrl = urls.Absolute(path),
            DateIso = Iso(paper.Date),
            DateText = Text(paper.Date),
            DateRfc822 = Rfc822(paper.Date),
            DateRfc3339 = Rfc3339(paper.Date),
            DayUrl = urls.Link(SiteUrls.DayPath(paper.Date)),
            AbstractHtml = Markup.Html(paper.AbstractHtml),
            AbstractText = plain,
            Summary = Summarise(plain),
            Organization = paper.Organization,
            Upvotes = paper.Upvotes,
            Authors = paper.Authors.Select((a, i) => new AuthorView(a.Name, a.Affiliation, a.Orcid, a.Orcid is null ? null : $"https://orcid.org/{a.Orcid}",
                authorPages[i] is { } page ? urls.Link(SiteUrls.AuthorPath(page.Slug)) : null)).ToArray(),
            AuthorsShort = authorsShort,
            FirstAuthor = paper.Authors.Length == 0 ? null : paper.Authors[0].Name + (paper.DisplayedAuthorCount > 1 ? " et al." : ""),
            Byline = Byline(paper, authorsShort),
            AuthorCount = paper.DisplayedAuthorCount,
            MoreAuthors = paper.Authors.Length > 0 && paper.AuthorCount > paper.Authors.Length,
            Tags = tags.Select(t => new TagLinkView(t.Name, t.Slug, urls.Link(SiteUrls.TagPath(t.Slug)), urls.Absolute(SiteUrls.TagPath(t.Slug)))).ToArray(),
            Links = paper.Links.Select(l => new LinkView(l.Name, l.Url)).ToArray(),
            CardLinks = paper.Links.Where(l => CardLinkNames.Contains(l.Name.Trim().ToLowerInvariant())).Select(l => new LinkView(l.Name, l.Url)).ToArray(),
            ArxivId = paper.ArxivId,
            ArxivUrl = paper.ArxivId is null ? null : $"https://arxiv.org/abs/{paper.ArxivId}",
            PdfUrl = paper.ArxivId is null ? null : $"https://arxiv.org/pdf/{paper.ArxivId}",
            Doi = paper.Doi,
            DoiUrl = paper.Doi is null ? null : $"https://doi.org/{paper.Doi}",
            PublishedIso = paper.Published?.Iso,
            PublishedText = paper.Published?.Text,
            SubmittedBy = paper.SubmittedBy,
            Source = paper,
            EditUrl = repository?.EditUrl(paper.SourcePath),
        };
    }

    private static string? Byline(Paper paper, string? authorsShort)
    {
        var authors = authorsShort ?? (paper.DisplayedAuthorCount switch { 0 => null, 1 => "1 author", var n => string.Create(CultureInfo.InvariantCulture, $"{n} authors") });
        var upvotes = paper.Upvotes switch { 0 => null, 1 => "1 upvote", var n => string.Create(CultureInfo.InvariantCulture, $"{n} upvotes") };
        var parts = new[] { paper.Organization, authors, upvotes }.OfType<string>().ToArray();
        return parts.Length == 0 ? null : string.Join(" · ", parts);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Rfc822(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToString("r", CultureInfo.InvariantCulture);

    public static string Rfc3339(DateOnly date) => Iso(date) + "T00:00:00Z";

    /// <summary>The first sentences of the abstract up to about <paramref name="length"/> characters, cut at a word.</summary>
    public static string Summarise(string plain, int length = SummaryLength)
    {
        if (plain.Length <= length)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', length);
        return string.Concat(plain.AsSpan(0, cut > length / 2 ? cut : length), "…");
    }
}
