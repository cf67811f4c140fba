namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>One generated paper, before it is written out as a PaperSite record and as a Hugo page.</summary>
internal sealed record SyntheticPaper
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Markdown: paragraphs separated by a blank line, no line breaks inside one.</summary>
    public required string Abstract { get; init; }

    public string? ArxivId { get; init; }

    public IReadOnlyList<SyntheticAuthor> Authors { get; init; } = [];

    /// <summary>Set only when no authors are listed, as the listing's "7 authors".</summary>
    public int? AuthorCount { get; init; }

    public string? Organization { get; init; }

    /// <summary>Tags as the contributor wrote them, case and stray white space included.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public int Upvotes { get; init; }

    public IReadOnlyList<SyntheticLink> Links { get; init; } = [];

    public string? Doi { get; init; }

    public DateOnly? Published { get; init; }

    public string? SubmittedBy { get; init; }
}

/// <summary>An author; with an affiliation or ORCID iD it is written as a mapping, else as a plain name.</summary>
internal sealed record SyntheticAuthor(string Name, string? Affiliation, string? Orcid)
{
    public bool IsMapping => Affiliation is not null || Orcid is not null;
}

internal sealed record SyntheticLink(string Name, string Url);
