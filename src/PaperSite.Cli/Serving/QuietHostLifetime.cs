using Microsoft.Extensions.Hosting;

namespace PaperSite.Cli.Serving;

/// <summary>
/// A host lifetime that neither listens for Ctrl+C nor prints "Application started": the serve
/// verb stops the server through its own cancellation token (which the command line cancels on
/// Ctrl+C), and tests run several servers in one process.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
