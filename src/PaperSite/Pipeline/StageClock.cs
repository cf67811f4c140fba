using System.Diagnostics;

namespace PaperSite.Pipeline;

/// <summary>Times each stage of a build, so a maintainer can see where a slow build spends its time.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(stage, clock.Elapsed));
        return result;
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });
}
