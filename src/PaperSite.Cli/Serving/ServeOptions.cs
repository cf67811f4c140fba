namespace PaperSite.Cli.Serving;

/// <summary>What <c>papersite serve</c> asks for.</summary>
internal sealed record ServeOptions
{
    public const int DefaultPort = 8080;

    /// <summary>The site root, holding <c>input/</c> and optionally <c>theme/</c>.</summary>
    public required string Root { get; init; }

    /// <summary>The port on 127.0.0.1; 0 takes any free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>How long the sources must stay unchanged before a rebuild: an editor's save or a git checkout is many events.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>--quiet: no progress and no line per rebuild; problems are still printed.</summary>
    public bool Quiet { get; init; }
}
