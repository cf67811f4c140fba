using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
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
        if (!TryResolveFolders(options, diagnostics, out var sources, out var outputPath))
        {
            return Finish(diagnostics, options, 0, 0, clock, stages);
        }

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

        // The cache is opened before the records are looked at: its records are trusted only if older than that moment.
        var cache = options.UseCache ? BuildCache.Open(sources.Root) : null;
        var settings = stages.Time("load settings", () => LoadSiteSettings.Run(sources, options.BaseUrl, diagnostics));
        if (settings is not null && options.Origin is not null)
        {
            // A preview: base_url's scheme and host become the server's, its path stays.
            settings = settings with { BaseUrl = new Uri(options.Origin, settings.BasePath) };
        }

        var theme = stages.Time("load theme", () => Theme.Load(sources.ThemeFolder, sources.Root, diagnostics));
        var recordFiles = stages.Time("find records", () => LoadPapers.Find(sources, diagnostics), found => found.Count);
        var records = cache?.Records ?? RecordCache.None();
        records.ParseWith(settings?.MathMacros ?? Abstracts.MathMacros.None);
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var displayOutput = sources.Relative(outputPath);
        if (write && cache is not null && settings is not null && !diagnostics.HasErrors
            && records.AllTrusted(recordFiles, file => sources.Relative(file.FullName))
            && stages.Time("keep unchanged site", () => KeepUnchangedSite.Run(cache, settings, theme, outputPath, displayOutput, options, today, diagnostics)) is { } unchanged)
        {
            cache.Note(records.Summary());
            return KeptAsItIs(cache, displayOutput, unchanged.Papers, unchanged.Files, unchanged.Size, diagnostics, options, clock, stages, settings);
        }

        // The last build's model describes a site about to change: it goes before this build makes its own.
        options.Rendered?.Site = null;
        var large = recordFiles.Count >= options.LargeArchiveFrom;
        if (large && Text.TextStore.TryCreate() is { } abstracts)
        {
            records.KeepAbstractsIn(abstracts);
        }

        var papers = ReadPapers(sources, recordFiles, diagnostics, records, progress, stages);
        CollectGarbageIf(large);
        cache?.Note(records.Summary());

        // What the checks across records and the index report is kept with the cache, for a build that reads no record.
        var archiveChecks = new DiagnosticBag();
        if (papers.IsEmpty && !diagnostics.HasErrors)
        {
            archiveChecks.Warning(DiagnosticCodes.NoPapers, SourceLocation.File(sources.Relative(sources.PapersFolder)), "no paper records were found; the site will be empty.");
        }

        stages.Time("check across records", () => CheckAcrossRecords.Run(papers, today, archiveChecks));
        var index = stages.Time("index archive", () => BuildArchiveIndex.Run(papers, settings?.AuthorMinPapers ?? 1, archiveChecks));
        diagnostics.AddRange(archiveChecks.ToSortedList());
        // check goes on past warnings, --strict or not, so that one run reports the theme's too.
        if (settings is null || (write ? Fails(diagnostics, options) : diagnostics.HasErrors))
        {
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, cache, settings: settings);
        }

        // check writes nothing, so it takes no lock and reads nothing about the output.
        using var output = write ? stages.Time("open output", () => OutputFolder.Open(outputPath, diagnostics, displayOutput)) : null;
        if (write && output is null)
        {
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, cache, settings: settings);
        }

        var inputs = cache is null || output is null ? null : PageFingerprints.Inputs(settings, theme.Fingerprint, cache.Records, options.Strict);
        var incremental = inputs is null ? null : stages.Time("look at output", () => IncrementalOutput.Start(cache!, outputPath, displayOutput, theme.Fingerprint, inputs));
        if (incremental is { IsCurrent: true })
        {
            // The records were read and the site is as it was: serve's model is made again from them (views only, no page).
            options.Rendered?.Site = new RenderedSite(theme, CreateSiteModel.Run(settings, index), options.PageTimeLimit);
            cache!.Records.Save(cache);
            ArchiveChecks.Save(cache, ArchiveChecks.Key(inputs!, today), archiveChecks.ToSortedList());
            return KeptAsItIs(cache, displayOutput, papers.Length, incremental.ListedFiles, incremental.ListedSize(), diagnostics, options, clock, stages, settings);
        }

        if (output is null)
        {
            // A template that fails when rendered must fail check too, or a pull request breaking the theme goes green.
            var (model, plan) = PlanPages(settings, index, stages);
            var undefined = new UndefinedVariables(theme);
            stages.Time("render one page of each kind", () => CheckTemplates(plan, theme, model, options, undefined, diagnostics));
            undefined.Report(diagnostics);
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, cache, settings: settings);
        }

        RenderedOutput made;
        SiteSizeReport size;
        try
        {
            made = RenderSite(settings, index, theme, options, large, output, incremental, diagnostics, progress, stages);

            size = output.Size.Report();
            CheckSize(size, options, diagnostics, displayOutput);
            if (Fails(diagnostics, options))
            {
                return Finish(diagnostics, options, papers.Length, 0, clock, stages, cache, settings: settings);
            }

            incremental?.BeforePublish();
            stages.Time("publish", () => output.Publish(incremental?.RemovedFromListed()));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException || error is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            var cause = error is AggregateException aggregate ? aggregate.InnerException! : error;
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(sources.Relative(outputPath)),
                $"writing the site failed, the previous output is unchanged: {cause.Message}");
            return Finish(diagnostics, options, papers.Length, 0, clock, stages, cache, settings: settings);
        }

        if (cache is not null)
        {
            // After the swap, so a cache never describes a site that was not published.
            stages.Time("save cache", () =>
            {
                incremental!.AfterPublish();
                cache.Records.Save(cache);
                ArchiveChecks.Save(cache, ArchiveChecks.Key(inputs!, today), archiveChecks.ToSortedList());
            });
            cache.Note($"{made.Written - incremental!.Kept} of {made.Written} files rendered, {incremental.Kept} kept unchanged.");
        }

        options.Rendered?.Site = made.Rendered;
        return Finish(diagnostics, options, papers.Length, made.Written, clock, stages, cache, kept: incremental?.Kept ?? 0, settings: settings) with
        {
            Size = size,
            FragmentsReused = made.FragmentsReused,
        };
    }

    /// <summary>What <see cref="RenderSite"/> did: the files it wrote or kept, the includes it reused, and what serve keeps.</summary>
    private sealed record RenderedOutput(int Written, int FragmentsReused, RenderedSite? Rendered);

    /// <summary>
    /// The views, the plan, the site files and the pages, into the staging folder. The site files (sitemaps, the search
    /// index's 40,000 at 100,000 papers) are written before the pages render, so their text is let go first; and all of
    /// it happens in a method of its own because a lambda's captured locals live as long as the method that made them:
    /// here the views, the plan and every rendered fragment are let go on return, before the cache is written.
    /// </summary>
    private static RenderedOutput RenderSite(SiteSettings settings, ArchiveIndex index, Theme theme, BuildOptions options, bool large, OutputFolder output, IncrementalOutput? incremental, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, StageClock stages)
    {
        var (model, plan) = PlanPages(settings, index, stages);
        var undefined = new UndefinedVariables(theme);

        // The same look at the templates as check takes (their errors proper are reported by the render itself), and
        // then every page rendered is watched too, so a slip on a branch the first pages never take is found as well.
        stages.Time("check templates", () => CheckTemplates(plan, theme, model, options, undefined, new DiagnosticBag()));
        var siteFiles = WriteSiteFiles(plan, model, theme, incremental, output, large, stages);
        CollectGarbageIf(large);

        var renderer = new PageRenderer(theme, model.Site, model.Urls, options.PageTimeLimit, undefined);
        var pages = stages.Time(RenderPages.Stage, () => RenderPages.Run(plan, renderer, output, diagnostics, progress, incremental is null ? null : job => incremental.TryKeep(job.OutputPath, output)), count => count);
        undefined.Report(diagnostics);
        return new RenderedOutput(pages + siteFiles, renderer.FragmentsReused, options.Rendered is null ? null : new RenderedSite(theme, model, options.PageTimeLimit));
    }

    /// <summary>
    /// The records' papers, timed as a stage. A method of its own for the same reason as <see cref="RenderSite"/>: had
    /// <see cref="Run"/>'s lambdas captured the record files, every record's FileInfo would live to the end of the build.
    /// </summary>
    private static ImmutableArray<Paper> ReadPapers(SiteSources sources, List<FileInfo> files, DiagnosticBag diagnostics, RecordCache records, IProgress<BuildProgress>? progress, StageClock stages) =>
        stages.Time(LoadPapers.Stage, () => LoadPapers.Read(sources, files, diagnostics, records, progress).Papers, loaded => loaded.Length);

    /// <summary>
    /// Between the stages that make the most garbage (reading the records, indexing, the search index and its files)
    /// and the ones that hold the most (the site files, then the pages), a large archive's peak would sit on top of
    /// garbage the collector had not yet chosen to clear. Three full collections (after reading the records, after
    /// making the search index's files, after writing them), with the index and each site file let go as soon as it is
    /// done with, took 100,000 papers' peak from 940 to 1,145 MiB to 900 to 940 MiB, for about half a second.
    /// </summary>
    private static void CollectGarbageIf(bool large)
    {
        if (large)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private static (SiteModel Model, ImmutableArray<PageJob> Plan) PlanPages(SiteSettings settings, ArchiveIndex index, StageClock stages)
    {
        var model = stages.Time("create views", () => CreateSiteModel.Run(settings, index));
        return (model, stages.Time("plan pages", () => PageKinds.Plan(model)));
    }

    /// <summary>
    /// The theme's assets, the sitemaps and the search index's files, after every page's fingerprint (which
    /// <paramref name="incremental"/> is told): each file is fingerprinted as it is made, kept from the last output
    /// where unchanged, and otherwise compressed and written. Returns how many files the site has of them.
    /// </summary>
    /// <remarks>
    /// The files are made, kept or written and let go a batch at a time: at 100,000 papers the search index's 40,000
    /// are 200 MB before compression, which would otherwise sit beside the index they are made from. The steps are
    /// methods of their own, so what one made and the next does not need is let go when it returns.
    /// </remarks>
    private static int WriteSiteFiles(ImmutableArray<PageJob> plan, SiteModel model, Theme theme, IncrementalOutput? incremental, OutputFolder output, bool large, StageClock stages)
    {
        if (incremental is not null)
        {
            incremental.Plan(stages.Time("fingerprint pages", () => PageFingerprints.OfPages(plan, model, theme.Fingerprint)));
        }

        var sitemaps = stages.Time("plan site files", () => WriteSitemap.Run(plan, model.Urls));
        var searchIndex = stages.Time("search index", () => WriteSearchIndex.Build(model));
        CollectGarbageIf(large);
        var files = CopyAssets.Run(theme)
            .Concat(sitemaps.Select(file => new SiteFile(file.Path, System.Text.Encoding.UTF8.GetBytes(file.Text))))
            .Concat(WriteSearchIndex.Files(searchIndex, model));
        return stages.Time("write site files", () => KeepOrWrite(files, incremental, output));
    }

    /// <summary>
    /// A batch at a time, on every core: each file fingerprinted and kept from the site in place when unchanged, the rest
    /// compressed; then the batch's files written in order and let go.
    /// </summary>
    private static int KeepOrWrite(IEnumerable<SiteFile> files, IncrementalOutput? incremental, OutputFolder output)
    {
        const int BatchSize = 512;
        var count = 0;
        foreach (var batch in files.Chunk(BatchSize))
        {
            var bytes = new byte[]?[batch.Length];
            Parallel.For(0, batch.Length, i =>
            {
                var file = batch[i];
                if (incremental is null || !incremental.TryKeep(file.Path, PageFingerprints.OfFile(file), output))
                {
                    bytes[i] = file.Bytes();
                }
            });

            for (var i = 0; i < batch.Length; i++)
            {
                if (bytes[i] is { } written)
                {
                    output.Write(batch[i].Path, written);
                }
            }

            count += batch.Length;
        }

        return count;
    }

    /// <summary>A build that leaves the output folder exactly as it is: nothing written, every listed file kept, its size as listed.</summary>
    private static BuildResult KeptAsItIs(BuildCache cache, string displayOutput, int papers, int files, SiteSizeReport size, DiagnosticBag diagnostics, BuildOptions options, Stopwatch clock, StageClock stages, SiteSettings settings)
    {
        cache.Note($"nothing changed since the last build; {displayOutput} is kept as it is.");
        CheckSize(size, options, diagnostics, displayOutput);
        return Finish(diagnostics, options, papers, files, clock, stages, cache, kept: files, settings: settings) with { Size = size };
    }

    /// <summary>
    /// Past <see cref="SiteSize.WarningShare"/> of the size limit (GitHub Pages' 1 GB), a warning that names the kinds of file
    /// that take the most, so the archive knows what to change before the site stops deploying.
    /// </summary>
    private static void CheckSize(SiteSizeReport size, BuildOptions options, DiagnosticBag diagnostics, string displayOutput)
    {
        if (size.Bytes <= SiteSize.WarningShare * options.SizeLimit)
        {
            return;
        }

        var share = ((double)size.Bytes / options.SizeLimit).ToString("0%", System.Globalization.CultureInfo.InvariantCulture);
        var largest = string.Join(", ", size.Kinds.Take(3).Select(k => $"{k.Name} {SiteSizeReport.Format(k.Bytes)}"));
        diagnostics.Warning(DiagnosticCodes.SiteTooLarge, SourceLocation.File(displayOutput),
            $"the site is {SiteSizeReport.Format(size.Bytes)}, {share} of the {SiteSizeReport.Format(options.SizeLimit)} GitHub Pages publishes; the largest parts are {largest} (README, 'Size of a site', says what makes them smaller).");
    }

    /// <summary>
    /// Renders the first page of each template into memory, reporting template errors to <paramref name="diagnostics"/>
    /// and noting in <paramref name="undefined"/> each variable a template reads that does not exist.
    /// </summary>
    private static void CheckTemplates(IEnumerable<PageJob> plan, Theme theme, SiteModel model, BuildOptions options, UndefinedVariables undefined, DiagnosticBag diagnostics)
    {
        var renderer = new PageRenderer(theme, model.Site, model.Urls, options.PageTimeLimit, undefined);
        RenderPages.Run(OnePerTemplate(plan), renderer, output: null, diagnostics, progress: null);
    }

    /// <summary>The first job of each template, in plan order: every template the site uses, rendered once.</summary>
    private static List<PageJob> OnePerTemplate(IEnumerable<PageJob> plan) =>
        [.. plan.DistinctBy(job => job.Template, StringComparer.Ordinal)];

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && !diagnostics.IsEmpty);

    private static BuildResult Finish(DiagnosticBag diagnostics, BuildOptions options, int papers, int written, Stopwatch clock, StageClock stages, BuildCache? cache = null, int kept = 0, Model.SiteSettings? settings = null) =>
        new(!Fails(diagnostics, options), diagnostics.ToSortedList(), papers, written, clock.Elapsed) { Stages = stages.Timings, FilesKept = kept, Notes = cache?.Notes ?? [], Settings = settings };

    /// <summary>
    /// The root and output folder as full paths. A root that does not exist, or a path the system cannot use
    /// (a NUL in it, too long), is a diagnostic naming what was given, not a stack trace.
    /// </summary>
    private static bool TryResolveFolders(BuildOptions options, DiagnosticBag diagnostics, out SiteSources sources, out string outputPath)
    {
        sources = new SiteSources(options.Root);
        outputPath = "";
        try
        {
            sources = new SiteSources(Path.GetFullPath(options.Root));
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File("--root"), $"'{options.Root}' cannot be used as the site root: {error.Message}");
            return false;
        }

        if (!Directory.Exists(sources.Root))
        {
            diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File("--root"), $"the site root {sources.Root} does not exist.");
            return false;
        }

        try
        {
            outputPath = options.ResolvedOutputFolder;
            return true;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File("--output"), $"'{options.OutputFolder}' cannot be used as the output folder: {error.Message}");
            return false;
        }
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, BuildOptions options, Model.SiteSettings? settings, int papers, int written, Stopwatch clock, StageClock stages) =>
        Finish(diagnostics, options, papers, written, clock, stages) with { Settings = settings };

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
