using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Importing;

/// <summary>
/// What one entry of an imported file says about a paper, before it becomes a record: no id or
/// listing day yet, and the title and abstract may be missing (<see cref="PaperImporter"/> decides what
/// that means). Text is already plain Unicode with LaTeX resolved; identifiers are already checked.
/// </summary>
internal sealed record PaperDraft
{
    /// <summary>How messages name the entry: <c>@article{vaswani2017}</c> or <c>arXiv 2510.08521v1</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Where the entry starts in its file.</summary>
    public required SourceLocation Source { get; init; }

    public string? Title { get; init; }

    public string? Abstract { get; init; }

    /// <summary>Without its version: a record follows the paper's latest version.</summary>
    public string? ArxivId { get; init; }

    public string? Doi { get; init; }

    public ImmutableArray<Author> Authors { get; init; } = [];

    /// <summary>Set when the source says there are more authors than it names (BibTeX's <c>and others</c>): one more than those named.</summary>
    public int? AuthorCount { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public ImmutableArray<PaperLink> Links { get; init; } = [];

    /// <summary>When the paper itself appeared, as precisely as the source gives it (often only a year).</summary>
    public PublicationDate? Published { get; init; }
}
