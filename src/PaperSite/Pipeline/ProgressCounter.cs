namespace PaperSite.Pipeline;

/// <summary>
/// Counts the items a parallel stage has done and reports every hundredth part of them, so a long stage
/// can show a progress bar without a report (and a lock in the listener) per item.
/// </summary>
internal sealed class ProgressCounter(string stage, int total, IProgress<BuildProgress>? progress)
{
    private readonly int _step = Math.Max(1, total / 100);
    private int _done;

    public int Done => Volatile.Read(ref _done);

    /// <summary>One more item done; safe to call from many threads.</summary>
    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        if (progress is not null && (done % _step == 0 || done == total))
        {
            progress.Report(new BuildProgress(stage, done, total));
        }
    }
}
