using System.CommandLine;
using PaperSite.Cli.Progress;

namespace PaperSite.Cli;

/// <summary>The <c>papersite</c> command line: one verb per file, wired together here.</summary>
internal static class PaperSiteCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, ConsoleEnvironment console)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Create(output, error, console).Parse(args).Invoke(configuration);
    }

    /// <summary>Every verb and option; also what tests parse workflow files' commands with.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error, ConsoleEnvironment? console = null)
    {
        console ??= ConsoleEnvironment.Redirected;
        return new("PaperSite builds a static website from a git archive of paper records.")
        {
            BuildCommand.Create(output, error, console),
            CheckCommand.Create(output, error, console),
            ServeCommand.Create(output, error, console),
            NewCommand.Create(output, error),
            ImportCommand.Create(output, error),
            InitCommand.Create(output, error),
        };
    }

    /// <summary>The --quiet option of the verbs that build: no progress and no summary, only problems.</summary>
    public static Option<bool> QuietOption() => new("--quiet")
    {
        Description = "Print nothing but problems: no progress, no summary.",
    };

    /// <summary>The --root option every verb takes.</summary>
    public static Option<string> RootOption() => new("--root")
    {
        Description = "The site root, holding input/ and optionally theme/. Defaults to the current folder.",
        DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
    };
}
