using System.CommandLine;
using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary><c>papersite check</c>: validates every record, the settings and the theme; writes nothing. Made for pull-request CI.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = PaperSiteCommand.RootOption();
        var format = BuildCommand.FormatOption();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var command = new Command("check", "Validate every record and the site settings; write nothing.") { root, format, strict };
        command.SetAction(parse =>
        {
            var result = SiteBuilder.Check(new BuildOptions { Root = parse.GetValue(root)!, Strict = parse.GetValue(strict) });
            DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(format)!, error);
            if (!result.Succeeded)
            {
                error.WriteLine($"Check failed: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
                return 1;
            }

            output.WriteLine($"Checked {result.Papers} papers: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            return 0;
        });
        return command;
    }
}
