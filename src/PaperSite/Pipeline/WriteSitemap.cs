using System.Globalization;
using System.Text;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage over the plan: <c>sitemap.xml</c> with every page's absolute address, and <c>robots.txt</c> pointing at
/// it. The sitemap protocol allows 50,000 addresses a file; past that, <c>sitemap.xml</c> becomes a sitemap index
/// over <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, ... No date goes in: output never depends on the clock.
/// </summary>
internal static class WriteSitemap
{
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The files to write, site-relative path to text, in a defined order.</summary>
    public static List<(string Path, string Text)> Run(IEnumerable<PageJob> plan, SiteUrls urls)
    {
        var addresses = plan.Where(job => job.InSitemap).Select(job => urls.Absolute(job.Address)).ToList();
        var files = new List<(string Path, string Text)>();
        if (addresses.Count <= MaxUrlsPerFile)
        {
            files.Add((SiteUrls.SitemapPath, UrlSet(addresses)));
        }
        else
        {
            var parts = addresses.Chunk(MaxUrlsPerFile).Select((chunk, i) => (Path: string.Create(CultureInfo.InvariantCulture, $"sitemap-{i + 1}.xml"), Text: UrlSet(chunk))).ToList();
            files.Add((SiteUrls.SitemapPath, Index(parts.Select(part => urls.Absolute(part.Path)))));
            files.AddRange(parts);
        }

        files.Add((SiteUrls.RobotsPath, $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SiteUrls.SitemapPath)}\n"));
        return files;
    }

    private static string UrlSet(IEnumerable<string> addresses)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var address in addresses)
        {
            text.Append("<url><loc>").Append(Escaping.Xml(address)).Append("</loc></url>\n");
        }

        return text.Append("</urlset>\n").ToString();
    }

    private static string Index(IEnumerable<string> sitemaps)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var sitemap in sitemaps)
        {
            text.Append("<sitemap><loc>").Append(Escaping.Xml(sitemap)).Append("</loc></sitemap>\n");
        }

        return text.Append("</sitemapindex>\n").ToString();
    }
}
