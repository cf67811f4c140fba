namespace PaperSite.Views;

/// <summary>A feed as its template sees it (<c>feed.title</c>, <c>feed.self_url</c>, ...).</summary>
public sealed record FeedView
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The absolute address of the page the feed belongs to: the home page, or the tag's page.</summary>
    public required string Link { get; init; }

    /// <summary>The feed's own absolute address, for <c>atom:link rel="self"</c> and JSON Feed's <c>feed_url</c>.</summary>
    public required string SelfUrl { get; init; }

    /// <summary>Atom's feed id: the feed's own address, which is as permanent as the site's.</summary>
    public string Id => SelfUrl;

    public required string MediaType { get; init; }

    /// <summary>The newest item's date in RFC 822, for RSS; null when the feed has no items.</summary>
    public string? UpdatedRfc822 { get; init; }

    /// <summary>The newest item's date in RFC 3339, for Atom; the Unix epoch when the feed has no items, as Atom requires a date.</summary>
    public required string UpdatedRfc3339 { get; init; }

    /// <summary>Items carry the whole abstract as HTML (<c>feed_content: full</c>), not only the summary.</summary>
    public bool FullContent { get; init; } = true;
}

/// <summary>One day of the daily digest (<c>day.date_text</c>, <c>day.papers</c>, ...), its papers most upvoted first.</summary>
public sealed record DigestDayView(string DateIso, string DateText, string DateRfc822, string DateRfc3339, string Url, IReadOnlyList<PaperView> Papers, string Summary)
{
    public int Count => Papers.Count;
}
