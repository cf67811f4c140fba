using PaperSite.Cli;
using PaperSite.Cli.Progress;

namespace PaperSite.Tests.Cli;

/// <summary>Runs the <c>papersite</c> command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Not a terminal, and no build is ever long enough to show progress: tests compare stderr line by line.</summary>
    public static readonly ConsoleEnvironment NoProgress = ConsoleEnvironment.Redirected with { ProgressDelay = TimeSpan.MaxValue };

    public static Outcome Run(params string[] args) => RunOn(NoProgress, args);

    /// <summary>Runs as if on the given console: a terminal, NO_COLOR, a progress delay.</summary>
    public static Outcome RunOn(ConsoleEnvironment console, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PaperSiteCommand.Run(args, output, error, console);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }
}
