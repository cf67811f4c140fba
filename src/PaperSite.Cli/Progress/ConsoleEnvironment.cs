namespace PaperSite.Cli.Progress;

/// <summary>
/// What the command line knows about where it prints: whether stderr is a terminal a progress bar can be
/// redrawn on, whether colour is unwanted (<c>NO_COLOR</c>), and how long a build runs before its progress shows.
/// </summary>
internal sealed record ConsoleEnvironment
{
    /// <summary>A build quicker than this prints no progress at all: it would only flicker.</summary>
    public static readonly TimeSpan DefaultProgressDelay = TimeSpan.FromSeconds(0.5);

    /// <summary>Not a terminal: what tests and redirected output see.</summary>
    public static ConsoleEnvironment Redirected { get; } = new();

    public bool ErrorIsTerminal { get; init; }

    /// <summary>NO_COLOR is set to something (https://no-color.org): no colour codes, whatever the terminal.</summary>
    public bool NoColor { get; init; }

    public TimeSpan ProgressDelay { get; init; } = DefaultProgressDelay;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The real console: a terminal unless stderr is redirected or TERM says it cannot move the cursor.</summary>
    public static ConsoleEnvironment FromConsole() => new()
    {
        ErrorIsTerminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
        NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    /// <summary>How a build's progress is shown: nothing with --quiet, plain lines off a terminal or for GitHub's log, else a live bar.</summary>
    public ProgressStyle StyleFor(bool quiet, string format) =>
        quiet ? ProgressStyle.None
        : format == DiagnosticPrinter.GitHubFormat || !ErrorIsTerminal ? ProgressStyle.Lines
        : ProgressStyle.Live;

    /// <summary>A display for one build.</summary>
    public ProgressDisplay Display(TextWriter error, bool quiet, string format) =>
        new(error, StyleFor(quiet, format), color: ErrorIsTerminal && !NoColor, ProgressDelay, Clock);
}

/// <summary>How <see cref="ProgressDisplay"/> shows a build.</summary>
internal enum ProgressStyle
{
    /// <summary>--quiet: nothing.</summary>
    None,

    /// <summary>One line per finished stage and per tenth of a long stage: for logs.</summary>
    Lines,

    /// <summary>Finished stages as lines, the running one as a bar redrawn in place.</summary>
    Live,
}
