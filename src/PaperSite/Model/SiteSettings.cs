namespace PaperSite.Model;

/// <summary>The site's settings from <c>input/site.yaml</c>.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, always ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }

    public string? Description { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Papers per tag page before the next page starts.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>How many of the newest papers the home page shows, under day headings.</summary>
    public int HomeSize { get; init; } = 30;

    /// <summary>
    /// How many papers an author needs for a page of their own. Most authors of a large archive appear once;
    /// their names stay on their papers, but pages for them all would outgrow GitHub Pages' 1 GB.
    /// </summary>
    public int AuthorMinPapers { get; init; } = 2;

    /// <summary>Items in each feed: papers, or days in the daily digest.</summary>
    public int FeedSize { get; init; } = 50;

    /// <summary>Whether paper feeds carry the whole abstract or only its summary.</summary>
    public FeedContent FeedContent { get; init; } = FeedContent.Full;

    /// <summary>The archive's own LaTeX macros (<c>math_macros</c>), used in every formula of every record.</summary>
    public Abstracts.MathMacros MathMacros { get; init; } = Abstracts.MathMacros.None;

    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/repo/"; every link on the site starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;
}
