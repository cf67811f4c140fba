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

    // A day's dates and a tag's link are the same on every paper of that day or tag: made once, shared by the views
    // (at 100,000 papers, a copy per paper would be about 100 MB).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, DayStrings> _days = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Tag, TagLinkView> _tags = new();

    private sealed record DayStrings(string Iso, string Text, string Rfc822, string Rfc3339, string Url);

    /// <param name="authorPages">The author page of each of the paper's authors, where they have one, by position.</param>
    public PaperView Create(Paper paper, IReadOnlyList<Tag> tags, IReadOnlyList<Indexing.AuthorGroup?> authorPages)
    {
        var day = _days.GetOrAdd(paper.Date, static (date, urls) => new DayStrings(Iso(date), Text(date), Rfc822(date), Rfc3339(date), urls.Link(SiteUrls.DayPath(date))), urls);
        return new PaperView
        {
            Id = paper.Id,
            Title = paper.Title,
            TitleText = paper.TitleText ?? paper.Title,
            TitleHtml = Markup.Html(paper.TitleHtml ?? Escaping.Html(paper.Title)),
            Url = urls.Link(SiteUrls.PaperPath(paper.Id)),
            DateIso = day.Iso,
            DateText = day.Text,
            DateRfc822 = day.Rfc822,
            DateRfc3339 = day.Rfc3339,
            DayUrl = day.Url,
            Organization = paper.Organization,
            Upvotes = paper.Upvotes,
            AuthorCount = paper.DisplayedAuthorCount,
            MoreAuthors = paper.Authors.Length > 0 && paper.AuthorCount > paper.Authors.Length,
            Tags = tags.Select(t => _tags.GetOrAdd(t, static (t, urls) => new TagLinkView(t.Name, t.Slug, urls.Link(SiteUrls.TagPath(t.Slug)), urls.Absolute(SiteUrls.TagPath(t.Slug))), urls)).ToArray(),
            ArxivId = paper.ArxivId,
            Doi = paper.Doi,
            PublishedIso = paper.Published?.Iso,
            PublishedText = paper.Published?.Text,
            SubmittedBy = paper.SubmittedBy,
            Source = paper,
            Urls = urls,
            Repository = repository,
            AuthorSlugs = [.. authorPages.Select(page => page?.Slug)],
        };
    }

    /// <summary>The paper's authors, each linked to their page where they have one (<paramref name="authorSlugs"/>, by position).</summary>
    public static AuthorView[] Authors(Paper paper, IReadOnlyList<string?> authorSlugs, SiteUrls urls) =>
        [.. paper.Authors.Select((a, i) => new AuthorView(a.Name, a.Affiliation, a.Orcid, a.Orcid is null ? null : $"https://orcid.org/{a.Orcid}",
            authorSlugs[i] is { } slug ? urls.Link(SiteUrls.AuthorPath(slug)) : null))];

    /// <summary>The first names and "et al.", as a card shows them; null when no name is listed.</summary>
    public static string? AuthorsShort(Paper paper) =>
        paper.Authors.Length == 0 ? null : string.Join(", ", paper.Authors.Take(NamesOnCard).Select(a => a.Name)) + (paper.DisplayedAuthorCount > Math.Min(NamesOnCard, paper.Authors.Length) ? " et al." : "");

    public static LinkView[] CardLinks(Paper paper) =>
        [.. paper.Links.Where(l => CardLinkNames.Contains(l.Name.Trim().ToLowerInvariant())).Select(l => new LinkView(l.Name, l.Url))];

    public static string? Byline(Paper paper, string? authorsShort)
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
