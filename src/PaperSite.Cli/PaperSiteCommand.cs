using System.CommandLine;

namespace PaperSite.Cli;

/// <summary>The <c>papersite</c> command line: one verb per file, wired together here.</summary>
internal static class PaperSiteCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Create(output, error).Parse(args).Invoke(configuration);
    }

    /// <summary>Every verb and option; also what tests parse workflow files' commands with.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error) =>
        new("PaperSite builds a static website from a git archive of paper records.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
            ImportCommand.Create(output, error),
            InitCommand.Create(output, error),
        };

    /// <summary>The --root option every verb takes.</summary>
    public static Option<string> RootOption() => new("--root")
    {
        Description = "The site root, holding input/ and optionally theme/. Defaults to the current folder.",
        DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
    };
}
