using System.Collections.Immutable;
using PaperSite.Model;

namespace PaperSite.Indexing;

/// <summary>
/// Every way the site slices the archive, computed once so that no page scans all papers:
/// the days (oldest first), the tags (by name) and each paper's resolved tags.
/// </summary>
internal sealed record ArchiveIndex(
    ImmutableArray<Paper> Papers,
    ImmutableArray<Day> Days,
    ImmutableArray<TagGroup> Tags,
    ImmutableDictionary<string, ImmutableArray<Tag>> TagsByPaperId)
{
    /// <summary>All papers, newest day first, then most upvoted, then by id: the order of feeds.</summary>
    public ImmutableArray<Paper> NewestFirst { get; init; } = [];
}

/// <summary>One day of the archive, its papers most upvoted first.</summary>
internal sealed record Day(DateOnly Date, ImmutableArray<Paper> Papers);

/// <summary>One tag with its papers, newest first.</summary>
internal sealed record TagGroup(Tag Tag, ImmutableArray<Paper> Papers);
