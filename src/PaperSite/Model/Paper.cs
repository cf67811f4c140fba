using System.Collections.Immutable;
using PaperSite.Text;

namespace PaperSite.Model;

/// <summary>
/// One paper as the site shows it: validated, immutable, and free of YAML concerns.
/// Built by <see cref="Loading.PaperRecordReader"/>; every later stage only reads it.
/// </summary>
public sealed record Paper
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The title as plain text with its formulas as Unicode (α-divergence); null when it has no formula.</summary>
    public string? TitleText { get; init; }

    /// <summary>The title as safe HTML with its formulas as MathML; null when it has no formula.</summary>
    public string? TitleHtml { get; init; }

    /// <summary>The day the paper is listed under.</summary>
    public required DateOnly Date { get; init; }

    // The abstract's forms are the bulk of a paper's memory, so they are kept as UTF-8 (CompactText) and decoded
    // when read; the properties are strings, as everything else sees them.
    private readonly CompactText _abstractHtml;
    private readonly CompactText _abstractText;

    /// <summary>
    /// The abstract's Markdown as a record is to be written (<c>new</c>, <c>import</c>); untrusted. Null in a paper
    /// read from its record: a site shows only the two forms below, and holding the source too would be a third
    /// copy of the bulk of every paper, in memory and in the build cache, for nothing the build reads.
    /// </summary>
    public string? Abstract { get; init; }

    /// <summary>The abstract rendered to safe HTML once, when the record is read (where it is also checked).</summary>
    public string AbstractHtml { get => _abstractHtml.ToString(); init => _abstractHtml = new CompactText(value); }

    /// <summary>The abstract as plain text on one line, from the same render.</summary>
    public string AbstractText { get => _abstractText.ToString(); init => _abstractText = new CompactText(value); }

    /// <summary>Both forms as they are kept; private, so neither the cache's JSON nor a template sees it.</summary>
    private (CompactText Html, CompactText Text) AbstractForms { get => (_abstractHtml, _abstractText); init => (_abstractHtml, _abstractText) = value; }

    /// <summary>The same paper with its abstract's forms kept in <paramref name="store"/> instead of memory.</summary>
    internal Paper WithAbstractKeptIn(TextStore store) => this with { AbstractForms = (_abstractHtml.KeptIn(store), _abstractText.KeptIn(store)) };

    public string? ArxivId { get; init; }

    public ImmutableArray<Author> Authors { get; init; } = [];

    /// <summary>How many authors the paper has when they are not listed by name (the listing shows "7 authors").</summary>
    public int? AuthorCount { get; init; }

    public string? Organization { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public int Upvotes { get; init; }

    /// <summary>Named links (code, project, pdf, ...) in the order the record gives them.</summary>
    public ImmutableArray<PaperLink> Links { get; init; } = [];

    public string? Doi { get; init; }

    /// <summary>When the paper itself first appeared, to the day, the month or only the year.</summary>
    public PublicationDate? Published { get; init; }

    public string? SubmittedBy { get; init; }

    /// <summary>Where the record came from, relative to the site root, for diagnostics.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The number to show as "N authors": <see cref="AuthorCount"/> where it says more than the names listed ("and others"), else the names.</summary>
    public int DisplayedAuthorCount => Math.Max(Authors.Length, AuthorCount ?? 0);
}

public sealed record Author(string Name, string? Affiliation = null, string? Orcid = null);

public sealed record PaperLink(string Name, string Url);
