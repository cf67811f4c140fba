using System.Diagnostics;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pipeline.Pages;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// Runs the pipeline: load settings, papers and theme; index the archive; build the page and feed
/// jobs; render them into a staging folder; swap it in. Any error stops the build before the swap,
/// so the previous output is left exactly as it was.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null) => Run(options, write: true, progress);

    /// <summary>Validates every record, the settings and the theme; writes nothing.</summary>
    public static BuildResult Check(BuildOptions options, IProgress<BuildProgress>? progress = null) => Run(options, write: false, progress);

    private static BuildResult Run(BuildOptions options, bool write, IProgress<BuildProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(progress);
        var diagnostics = new DiagnosticBag();
        var sources = new SiteSources(Path.GetFullPath(options.Root));
        var outputPath = options.ResolvedOutputFolder;
        if (write && !IsSafeOutputFolder(sources, outputPath))
        {
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(sources.Relative(outputPath)),
                "the output folder must not be the site root, its input/ or theme/ folder, or a folder containing them: a build replaces it whole.");
            return Finish(diagnostics, options, 0, 0, clock, stages);
        }

        if (!CheckSourceFolders.Run(sources, diagnostics))
        {
            return Finish(diagnostics, options, 0, 0, clock, stages);
        }

        var settings = stages.Time("load settings", () => LoadSiteSettings.Run(sources, options.BaseUrl, diagnostics));
        if (settings is not null && options.Origin is not null)
        {
            settings = settings with { BaseUrl = new Uri(options.Origin, settings.BasePath) };
        }

        var papers = stages.Time(LoadPapers.Stage, () => LoadPapers.Run(sources, diagnostics, settings?.MathMacros, progress), loaded => loaded.Length);
        var theme = stages.Time("load theme", () => Theme.Load(sources.ThemeFolder, sources.Root, diagnostics));
        if (papers.IsEmpty && !diagnostics.HasErrors)
        {
            diagnostics.Warning(DiagnosticCodes.NoPapers, SourceLocation.File(sources.Relative(sources.PapersFolder)), "no paper records were found; the site will be empty.");
        }

        var index = stages.Time("index archive", () => BuildArchiveIndex.Run(papers, settings?.AuthorMinPapers ?? 1, diagnostics));
        if (settings is null || Fails(diagnostics, options))
        {
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, settings);
        }

        var model = stages.Time("create views", () => CreateSiteModel.Run(settings, index));
        var plan = stages.Time("plan pages", () => PageKinds.Plan(model));
        var renderer = new PageRenderer(theme, model.Site, model.Urls, options.PageTimeLimit);
        if (!write)
        {
            // A template that fails when rendered must fail check too, or a pull request breaking the theme goes green.
            stages.Time("render one page of each kind", () => RenderPages.Run(OnePerTemplate(plan), renderer, output: null, diagnostics, progress: null));
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, settings);
        }

        var siteFiles = stages.Time("plan site files", () => WriteSitemap.Run(plan, model.Urls));

        using var output = OutputFolder.Open(outputPath, diagnostics, sources.Relative(outputPath));
        if (output is null)
        {
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, settings);
        }

        int written;
        try
        {
            written = stages.Time(RenderPages.Stage, () => RenderPages.Run(plan, renderer, output, diagnostics, progress) + CopyAssets.Run(theme, output), files => files);
            foreach (var (path, text) in siteFiles)
            {
                output.Write(path, System.Text.Encoding.UTF8.GetBytes(text));
                written++;
            }

            if (Fails(diagnostics, options))
            {
                return Finish(diagnostics, options, papers.Length, 0, clock, stages, settings);
            }

            stages.Time("publish", output.Publish);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException || error is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            var cause = error is AggregateException aggregate ? aggregate.InnerException! : error;
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(sources.Relative(outputPath)),
                $"writing the site failed, the previous output is unchanged: {cause.Message}");
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, settings);
        }

        return Finish(diagnostics, options, papers.Length, written, clock, stages, settings);
    }

    /// <summary>The first job of each template, in plan order: every template the site uses, rendered once.</summary>
    private static List<PageJob> OnePerTemplate(IEnumerable<PageJob> plan) =>
        [.. plan.DistinctBy(job => job.Template, StringComparer.Ordinal)];

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Finish(DiagnosticBag diagnostics, BuildOptions options, int papers, int written, Stopwatch clock, StageClock stages, SiteSettings? settings = null) =>
        new(!Fails(diagnostics, options), diagnostics.ToSortedList(), papers, written, clock.Elapsed) { Stages = stages.Timings, Settings = settings };

    private static bool IsSafeOutputFolder(SiteSources sources, string outputPath)
    {
        static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        static bool IsWithin(string folder, string outer) => folder.StartsWith(outer, StringComparison.Ordinal);
        var output = Folder(outputPath);

        // A build replaces the output whole: it may not hold the sources, nor lie inside input/ or theme/.
        var holdsSources = IsWithin(Folder(sources.Root), output);
        var insideSources = IsWithin(output, Folder(sources.InputFolder)) || IsWithin(output, Folder(sources.ThemeFolder));
        return !holdsSources && !insideSources;
    }
}
