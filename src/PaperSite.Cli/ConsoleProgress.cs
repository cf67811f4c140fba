using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary>
/// Prints progress of long stages on stderr as it happens. Unlike <see cref="Progress{T}"/>, it reports
/// synchronously, so no line can arrive after the build's summary.
/// </summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            error.WriteLine($"  {value.Stage}: {value.Done:N0} of {value.Total:N0}");
        }
    }
}
