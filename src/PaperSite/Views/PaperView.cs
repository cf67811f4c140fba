using PaperSite.Rendering;

namespace PaperSite.Views;

/// <summary>
/// A paper as templates see it (as <c>paper.title</c>, <c>paper.abstract_html</c>, ...): every
/// address resolved and the abstract rendered once, however many pages and feeds show the paper.
/// </summary>
public sealed record PaperView
{
    public required string Id { get; init; }
    /// <summary>The title as written, formulas as their LaTeX between dollar signs.</summary>
    public required string Title { get; init; }
    /// <summary>The title as plain text, formulas as Unicode (α-divergence): for &lt;title&gt;, feeds, meta tags, BibTeX, JSON-LD.</summary>
    public required string TitleText { get; init; }
    /// <summary>The title for headings: text escaped, formulas as MathML.</summary>
    public required Markup TitleHtml { get; init; }
    public required string Url { get; init; }
    public string AbsoluteUrl => Urls.Absolute(SiteUrls.PaperPath(Id));
    public required string DateIso { get; init; }
    public required string DateText { get; init; }
    /// <summary>RFC 822, as RSS wants it; midnight UTC of the listed day.</summary>
    public required string DateRfc822 { get; init; }
    /// <summary>RFC 3339, as Atom and JSON Feed want it; midnight UTC of the listed day.</summary>
    public required string DateRfc3339 { get; init; }
    public required string DayUrl { get; init; }
    public Markup AbstractHtml => Markup.Html(Source.AbstractHtml);
    /// <summary>The abstract as plain text, for meta descriptions.</summary>
    public string AbstractText => Source.AbstractText;
    /// <summary>The start of the abstract, cut at a word, for cards and feed summaries.</summary>
    public string Summary => PaperViewFactory.Summarise(Source.AbstractText);
    public string? Organization { get; init; }
    public int Upvotes { get; init; }
    public IReadOnlyList<AuthorView> Authors => PaperViewFactory.Authors(Source, AuthorSlugs, Urls);
    /// <summary>The first authors and "et al." ("Ada Lovelace, Alan Turing, Grace Hopper et al."), as the listing shows them; null without names.</summary>
    public string? AuthorsShort => PaperViewFactory.AuthorsShort(Source);
    /// <summary>The first author and "et al.", for feed readers that show one author field; null without names.</summary>
    public string? FirstAuthor => Source.Authors.Length == 0 ? null : Source.Authors[0].Name + (Source.DisplayedAuthorCount > 1 ? " et al." : "");
    public int AuthorCount { get; init; }
    /// <summary>What a card shows under the title, as one line for feeds: "Amazon · Ada Lovelace, Alan Turing et al. · 12 upvotes"; null when there is nothing to say (never "0 upvotes").</summary>
    public string? Byline => PaperViewFactory.Byline(Source, AuthorsShort);

    /// <summary>The paper has more authors than are named (<c>author_count</c> above the list): shown as "et al." (<c>paper.more_authors</c>).</summary>
    public bool MoreAuthors { get; init; }
    public IReadOnlyList<TagLinkView> Tags { get; init; } = [];
    public IReadOnlyList<LinkView> Links => [.. Source.Links.Select(l => new LinkView(l.Name, l.Url))];
    public string? ArxivId { get; init; }
    public string? ArxivUrl => ArxivId is null ? null : $"https://arxiv.org/abs/{ArxivId}";
    public string? PdfUrl => ArxivId is null ? null : $"https://arxiv.org/pdf/{ArxivId}";
    public string? Doi { get; init; }
    public string? DoiUrl => Doi is null ? null : $"https://doi.org/{Doi}";
    public string? PublishedIso { get; init; }
    public string? PublishedText { get; init; }
    public string? SubmittedBy { get; init; }
    /// <summary>Links to the code or the project, which cards show beside the tags.</summary>
    public IReadOnlyList<LinkView> CardLinks => PaperViewFactory.CardLinks(Source);

    /// <summary>The record the view shows, for what is made only when a page asks (BibTeX, JSON-LD): a view is kept for the whole build, those strings are not.</summary>
    public required Model.Paper Source { get; init; }

    // What the members above are made from when a template reads them, rather than once per paper up front: at
    // 100,000 papers the made strings (addresses, bylines, author views) would hold about 120 MB for a whole build.
    // Internal, so templates do not see them. They are the view's state as the build cache fingerprints it (every
    // field), so they are exactly what the members read: the site's addresses and each author's page, by slug.
    internal SiteUrls Urls { private get; init; } = null!;

    internal RepositoryLinks? Repository { private get; init; }

    /// <summary>The slug of each author's page, by position; null for an author without one.</summary>
    internal IReadOnlyList<string?> AuthorSlugs { private get; init; } = [];

    /// <summary>A BibTeX entry readers can copy; made when a page asks for it.</summary>
    public string Bibtex => BibtexEntryWriter.Of(Source, TitleText, AbsoluteUrl);

    /// <summary>GitHub's edit view of the record (<c>paper.edit_url</c>); null without <c>repo_url</c> in site.yaml.</summary>
    public string? EditUrl => Repository?.EditUrl(Source.SourcePath);
}

/// <summary>An author as a paper shows them; <c>Url</c> is their page, where they have one.</summary>
public sealed record AuthorView(string Name, string? Affiliation, string? Orcid, string? OrcidUrl, string? Url);

/// <summary>A paper's tag: <c>Url</c> is the site-relative link for pages, <c>AbsoluteUrl</c> the address for feeds.</summary>
public sealed record TagLinkView(string Name, string Slug, string Url, string AbsoluteUrl);

public sealed record LinkView(string Name, string Url);

public sealed record DayLinkView(string DateIso, string DateText, string Url)
{
    /// <summary>How many papers the day has, where a list of days shows it.</summary>
    public int PaperCount { get; init; }
}

/// <summary>
/// A link to a feed: <c>Title</c> and the absolute <c>Url</c> for autodiscovery in a page's head, <c>Label</c> ("Atom")
/// and the site-relative <c>Link</c> for a link in the page's body, as every other link there is.
/// </summary>
public sealed record FeedLinkView(string Title, string Url, string Type, string Label)
{
    public string Link { get; init; } = Url;
}

public sealed record PagerView(int Number, int Count, string? PreviousUrl, string? NextUrl);

public sealed record TagSummaryView(string Name, string Slug, string Url, string FeedUrl, int Count)
{
    /// <summary>The tag's feeds, one per format.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];
}

/// <summary>The site as templates see it (<c>site.title</c>, ...).</summary>
public sealed record SiteView(string Title, string? Description, string Language, string BaseUrl, string BasePath, string HomeUrl, string TagsUrl, string FeedUrl, string CssUrl)
{
    /// <summary>The site-wide feeds (newest papers and daily digest, in every format), offered on every page.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>The archive page: every year and month.</summary>
    public string ArchiveUrl { get; init; } = "";

    /// <summary>The theme's one script (copy buttons, search): a file of the site's own, as the Content-Security-Policy requires.</summary>
    public string ScriptUrl { get; init; } = "";

    public string IconUrl { get; init; } = "";

    /// <summary>GitHub's new-file form with a record template (<c>site.add_paper_url</c>); null without <c>repo_url</c> in site.yaml.</summary>
    public string? AddPaperUrl { get; init; }
}

/// <summary>What every page knows about itself (<c>page.title</c>, <c>page.canonical_url</c>, ...).</summary>
public sealed record PageView(string Kind, string Title, string? Description, string CanonicalUrl, IReadOnlyList<FeedLinkView> Feeds);
