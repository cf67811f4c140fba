using System.Globalization;

namespace PaperSite.Output;

/// <summary>
/// The size of the site a build publishes, counted as its files go into the staging folder (rendered, copied or kept
/// from the last build), by the kind of file each address is: GitHub Pages refuses a site over 1 GB, so the build says
/// how large the site is and, past <see cref="WarningShare"/> of the limit, which kinds take the most.
/// Sizes are the files' own lengths (what an upload or a tarball carries), not disk blocks.
/// </summary>
internal sealed class SiteSize
{
    /// <summary>GitHub Pages' limit for a published site: 1 GB.</summary>
    public const long GitHubPagesLimit = 1_000_000_000;

    /// <summary>The share of the limit past which the build warns.</summary>
    public const double WarningShare = 0.8;

    /// <summary>The kinds, in the order ties are broken; <see cref="KindOf"/> maps each address to one.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "paper pages", "day pages", "week pages", "month pages", "tag pages", "tag feeds", "author pages",
        "search index", "site feeds", "sitemaps", "other pages and assets",
    ];

    private readonly long[] _bytes = new long[Kinds.Count];
    private readonly int[] _files = new int[Kinds.Count];

    /// <summary>Counts one file; safe to call from the parallel renderer.</summary>
    public void Add(string relativePath, long bytes)
    {
        var kind = KindOf(relativePath);
        Interlocked.Add(ref _bytes[kind], bytes);
        Interlocked.Increment(ref _files[kind]);
    }

    public SiteSizeReport Report() =>
        new([.. Kinds.Select((name, i) => new SiteSizeReport.Kind(name, Volatile.Read(ref _bytes[i]), Volatile.Read(ref _files[i]))).Where(k => k.Files > 0)
            .OrderByDescending(k => k.Bytes)]);

    /// <summary>The kind of the file at a site-relative path, by the address patterns of <see cref="Views.SiteUrls"/>.</summary>
    public static int KindOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        var top = slash < 0 ? relativePath : relativePath[..slash];
        var name = Path.GetFileName(relativePath);
        return top switch
        {
            "papers" => 0,
            "days" => 1,
            "weeks" => 2,
            "months" => 3,
            // tags/<slug>/feed.xml, atom.xml, feed.json: exactly three segments and not a page.
            "tags" when relativePath.Count(c => c == '/') == 2 && name != "index.html" => 5,
            "tags" when relativePath != "tags/index.html" => 4,
            "authors" => 6,
            "search" when relativePath.StartsWith(Search.SearchIndexFiles.Folder, StringComparison.Ordinal) => 7,
            _ when slash < 0 && (name is "feed.xml" or "atom.xml" or "feed.json" || name.StartsWith("digest.", StringComparison.Ordinal)) => 8,
            _ when slash < 0 && name.StartsWith("sitemap", StringComparison.Ordinal) => 9,
            _ => 10,
        };
    }
}

/// <summary>What a site weighs, kind by kind, largest first.</summary>
public sealed record SiteSizeReport(IReadOnlyList<SiteSizeReport.Kind> Kinds)
{
    public long Bytes => Kinds.Sum(k => k.Bytes);

    public int Files => Kinds.Sum(k => k.Files);

    /// <summary>Bytes in decimal units, as GitHub states its limit: "870 MB", "1.23 GB", "12 KB".</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1_000_000_000 => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
        >= 1_000_000 => (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1e3).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    public sealed record Kind(string Name, long Bytes, int Files);
}
