using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>The settings both sites share, so they differ only in the generator that builds them.</summary>
internal static class SiteFacts
{
    public const string Title = "Benchmark Daily Papers";

    /// <summary>A sub-path, as a GitHub Pages project site has: both generators must prefix every link with it.</summary>
    public const string BaseUrl = "https://papersite.github.io/bench/";

    public const string Description = "A synthetic archive of paper records for measuring full builds.";

    /// <summary>PaperSite's defaults (page_size, feed_size, ...), written out because the Hugo site needs the same numbers.</summary>
    public const int PageSize = 100;

    public const int FeedSize = 50;

    /// <summary>Items in each tag's feeds (<c>tag_feed_size</c>), which carry summaries only, as PaperSite's do by default.</summary>
    public const int TagFeedSize = 20;

    /// <summary>Papers on the home page (<c>home_size</c>), under their days' headings.</summary>
    public const int HomeSize = 30;

    /// <summary>Papers an author needs for a page of their own (<c>author_min_papers</c>).</summary>
    public const int AuthorMinPapers = 2;

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
