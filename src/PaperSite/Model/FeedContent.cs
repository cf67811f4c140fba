namespace PaperSite.Model;

/// <summary>What a feed item carries besides its summary (<c>feed_content</c> in site.yaml).</summary>
public enum FeedContent
{
    /// <summary>The whole abstract as HTML, with its links: readers can read the paper's abstract without leaving the reader.</summary>
    Full,

    /// <summary>Only the plain-text summary; readers follow the link for the rest.</summary>
    Summary,
}
