using PaperSite.Views;

namespace PaperSite.Rendering;

/// <summary>
/// One file of the plan: its address, the template that renders it and the typed
/// model the template sees (each public property of <see cref="Model"/> is a variable, named in snake_case).
/// Jobs hold references to shared views only, so planning 100,000 pages costs little memory.
/// </summary>
/// <param name="Address">The site-relative address: <c>papers/x/</c> for a page (written to its index.html), or a file name.</param>
internal sealed record PageJob(string Address, string Template, OutputFormat Format, PageView Page, object Model)
{
    /// <summary>The page's kind, as templates see it in <c>page.kind</c>.</summary>
    public string Kind => Page.Kind;

    /// <summary>The file the job writes, relative to the output folder.</summary>
    public string OutputPath => SiteUrls.FileOf(Address);

    /// <summary>Whether the page belongs in the sitemap: an HTML page a reader can be sent to.</summary>
    public bool InSitemap { get; init; } = Format == OutputFormat.Html;
}
