namespace PaperSite.Pipeline;

/// <summary>What the command line asks of a build.</summary>
public sealed record BuildOptions
{
    /// <summary>The site root: <c>input/</c> and optionally <c>theme/</c> are below it.</summary>
    public required string Root { get; init; }

    /// <summary>Where the site is written; <c>ROOT/output</c> by default.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yaml (for a preview or a fork's own Pages site).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Builds the site for this origin (scheme, host and port) instead of base_url's, keeping base_url's path:
    /// a local preview of <c>https://user.github.io/repo/</c> at <c>http://127.0.0.1:8080/repo/</c>.
    /// </summary>
    public Uri? Origin { get; init; }

    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Whether the build may use and update the build cache in <c>ROOT/.papersite-cache/</c> (on by default): records
    /// and pages unchanged since the last build are not parsed or rendered again. Off, every build is a full build.
    /// </summary>
    public bool UseCache { get; init; } = true;


    /// <summary>Today, for the warning about listing dates in the future; the clock's UTC day when not given. Nothing built depends on it.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The size a published site may have: GitHub Pages' 1 GB. The build warns past 80% of it.</summary>
    internal long SizeLimit { get; init; } = Output.SiteSize.GitHubPagesLimit;

    /// <summary>
    /// serve's: where a build that renders leaves what it rendered from, so an edit can be shown in the open pages before
    /// the next rebuild ends (<see cref="RenderedSite"/>). A build that reads the records lets the slot's last one go
    /// first, so two are never held at once; a build that keeps the site as it is leaves it, since it still describes
    /// the site. Null for a build, which would only hold the memory.
    /// </summary>
    internal RenderedSlot? Rendered { get; init; }

    /// <summary>
    /// From how many records the build trades a little time for memory: the abstracts, most of a large archive's
    /// memory, are kept in a file for the build (<see cref="Text.TextStore"/>, in the system's temporary folder) rather
    /// than in memory, and the garbage of the stages that make the most is collected where they end (<c>SiteBuilder.CollectGarbageIf</c>). A small archive's
    /// abstracts cost nothing to hold. At 100,000 papers the two took the peak from 1.4 to 1.5 GB to under 1 GiB.
    /// </summary>
    public int LargeArchiveFrom { get; init; } = 20_000;

    /// <summary>How long one page may take to render before the build gives up on it.</summary>
    internal TimeSpan PageTimeLimit { get; init; } = Rendering.PageRenderer.DefaultTimeLimit;

    public string ResolvedOutputFolder => Path.GetFullPath(OutputFolder ?? Path.Combine(Root, "output"));
}

/// <summary>What a build or check did: every problem found, and what was written.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, int Papers, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>How long each stage took, in the order they ran: what <c>--verbose</c> prints.</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    /// <summary>Of <see cref="FilesWritten"/>, the files kept from the previous build's output rather than rendered again.</summary>
    public int FilesKept { get; init; }

    /// <summary>Lines of information that are not problems (what the build cache did, and why a build was a full one), for the command line to print.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many of the pages' includes reused a partial's output already rendered for another page (<see cref="Rendering.FragmentCache"/>).</summary>
    public int FragmentsReused { get; init; }

    /// <summary>What the published site weighs, by kind of file; null when nothing was published.</summary>
    public Output.SiteSizeReport? Size { get; init; }

    /// <summary>The settings the site was built with (base_url as built), or null when they could not be read.</summary>
    public Model.SiteSettings? Settings { get; init; }
}

/// <summary>One stage's name and duration.</summary>
/// <param name="PeakMemory">The process's peak resident memory once the stage ended, in bytes (0 where the system does not say): a stage that raised it is the one to look at.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long PeakMemory = 0);
