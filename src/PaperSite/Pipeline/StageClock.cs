using System.Diagnostics;

namespace PaperSite.Pipeline;

/// <summary>
/// Times each stage of a build, so a maintainer can see where a slow build spends its time, and tells the
/// command line when each starts and ends (with its count of items, where <c>count</c> is given).
/// </summary>
internal sealed class StageClock(IProgress<BuildProgress>? progress = null)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run, Func<T, int>? count = null)
    {
        progress?.Report(new BuildProgress(stage, 0, 0) { Kind = BuildProgressKind.Started });
        var clock = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(stage, clock.Elapsed, PeakMemory()));
        var done = count?.Invoke(result) ?? 0;
        progress?.Report(new BuildProgress(stage, done, done) { Kind = BuildProgressKind.Finished });
        return result;
    }

    private static long PeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });
}
