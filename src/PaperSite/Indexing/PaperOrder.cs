using PaperSite.Model;

namespace PaperSite.Indexing;

/// <summary>The orders papers are listed in. Every order ends on the id, so output never depends on load order.</summary>
internal static class PaperOrder
{
    /// <summary>Within a day: most upvoted first, then by title, then id.</summary>
    public static readonly Comparison<Paper> MostUpvoted = (a, b) =>
    {
        var byVotes = b.Upvotes.CompareTo(a.Upvotes);
        if (byVotes != 0)
        {
            return byVotes;
        }

        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Id, b.Id);
    };

    /// <summary>Across days: newest day first, then as <see cref="MostUpvoted"/>.</summary>
    public static readonly Comparison<Paper> Newest = (a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : MostUpvoted(a, b);
    };
}
