using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage: renders every page and feed in parallel straight into the staging folder, so memory
/// stays flat however large the archive. Pages are independent, so order does not matter; output
/// bytes depend only on the input. The first template error stops the rendering: the build fails
/// anyway, and the pages still to render would only repeat it.
/// </summary>
internal static class RenderPages
{
    /// <summary>The stage's name in progress reports, as <see cref="SiteBuilder"/> times it.</summary>
    public const string Stage = "render pages";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="keep">Puts a page unchanged since the last build into the output instead of rendering it, when it can.</param>
    public static int Run(IReadOnlyList<PageJob> jobs, PageRenderer renderer, OutputFolder? output, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress, Func<PageJob, bool>? keep = null)
    {
        var done = new ProgressCounter(Stage, jobs.Count, progress);
        using var failed = new CancellationTokenSource();
        // No more pages at once than cores: rendering is the processor's work, and a page stuck in a runaway template
        // (until its limit stops it) would otherwise have the thread pool add threads, each starting another such page.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(jobs, cores, (job, loop) =>
        {
            // One broken partial would otherwise be reported, and run into its limits, once per page.
            if (failed.IsCancellationRequested)
            {
                loop.Stop();
                return;
            }

            if (keep?.Invoke(job) != true)
            {
                var text = renderer.Render(job, diagnostics, failed.Token);
                if (text is null)
                {
                    failed.Cancel();
                    loop.Stop();
                    return;
                }

                output?.Write(job.OutputPath, Utf8.GetBytes(text));
            }

            done.Advance();
        });

        return done.Done;
    }
}

/// <summary>
/// Progress of a build, for the command line to show: a stage starting (<see cref="BuildProgressKind.Started"/>),
/// <paramref name="Done"/> of <paramref name="Total"/> items of a long stage done, or a stage finished with
/// <paramref name="Done"/> items (0 for a stage that counts none).
/// </summary>
public sealed record BuildProgress(string Stage, int Done, int Total)
{
    public BuildProgressKind Kind { get; init; } = BuildProgressKind.Advanced;
}

/// <summary>What a <see cref="BuildProgress"/> report says.</summary>
public enum BuildProgressKind
{
    Started,
    Advanced,
    Finished,
}
