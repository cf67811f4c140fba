using System.CommandLine;
using PaperSite.Cli.Progress;
using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary><c>papersite check</c>: validates every record, the settings and the theme; writes nothing. Made for pull-request CI.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, ConsoleEnvironment console)
    {
        var root = PaperSiteCommand.RootOption();
        var format = BuildCommand.FormatOption();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var quiet = PaperSiteCommand.QuietOption();
        var command = new Command("check", "Validate every record and the site settings; write nothing.") { root, format, strict, quiet };
        command.SetAction(parse =>
        {
            var progress = console.Display(error, parse.GetValue(quiet), parse.GetValue(format)!);
            var result = SiteBuilder.Check(new BuildOptions { Root = parse.GetValue(root)!, Strict = parse.GetValue(strict) }, progress);
            progress.Complete();
            DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(format)!, error);
            if (!result.Succeeded)
            {
                error.WriteLine($"Check failed: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
                return 1;
            }

            if (!parse.GetValue(quiet))
            {
                output.WriteLine($"Checked {result.Papers} papers: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            }

            return 0;
        });
        return command;
    }
}
