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
    private readonly Func<PageView>? _makePage;

    /// <summary>
    /// A job whose <see cref="PageView"/> is made when the page is rendered, not when it is planned: a paper page's
    /// description and canonical address are strings of their own, about 50 MB for a plan of 100,000 papers.
    /// </summary>
    public PageJob(string address, string template, OutputFormat format, string kind, Func<PageView> makePage, object model)
        : this(address, template, format, null!, model)
    {
        Kind = kind;
        _makePage = makePage;
    }

    /// <summary>What templates see as <c>page</c>.</summary>
    public PageView Page { get => field ?? _makePage!(); init; } = Page;

    /// <summary>The page's kind, as templates see it in <c>page.kind</c>.</summary>
    public string Kind { get; init; } = Page?.Kind!;

    /// <summary>The file the job writes, relative to the output folder.</summary>
    public string OutputPath => SiteUrls.FileOf(Address);

    /// <summary>Whether the page belongs in the sitemap: an HTML page a reader can be sent to.</summary>
    public bool InSitemap { get; init; } = Format == OutputFormat.Html;
}
