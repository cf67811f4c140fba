using System.CommandLine;
using System.Globalization;
using PaperSite.Cli.Progress;
using PaperSite.Output;
using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary><c>papersite build</c>: builds the site; exit code 1 on any error, with the previous output left untouched.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, ConsoleEnvironment console)
    {
        var root = PaperSiteCommand.RootOption();
        var outputFolder = new Option<string?>("--output") { Description = "Where the site is written. Defaults to ROOT/output." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Overrides base_url from input/site.yaml." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var format = FormatOption();
        var verbose = new Option<bool>("--verbose") { Description = "Print how long each stage took." };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything, without reading or writing the build cache in ROOT/.papersite-cache/." };
        var quiet = PaperSiteCommand.QuietOption();
        var command = new Command("build", "Build the site.") { root, outputFolder, baseUrl, strict, format, verbose, noCache, quiet };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                Root = parse.GetValue(root)!,
                OutputFolder = parse.GetValue(outputFolder),
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                UseCache = !parse.GetValue(noCache),
            };
            var progress = console.Display(error, parse.GetValue(quiet), parse.GetValue(format)!);
            var outputExisted = InternalError.Guard(() => Directory.Exists(options.ResolvedOutputFolder), fallback: false);
            var result = InternalError.Run(() => SiteBuilder.Build(options, progress), parse.GetValue(verbose), error);
            progress.Complete();
            if (result is null)
            {
                return 1;
            }

            DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(format)!, error);
            if (!result.Succeeded)
            {
                // Only what is true: with no earlier site, nothing was left anywhere.
                var untouched = outputExisted ? "The previous output was left as it was." : "Nothing was written.";
                error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result.Diagnostics)}. {untouched}");
                return 1;
            }

            if (parse.GetValue(quiet))
            {
                return 0;
            }

            foreach (var note in result.Notes)
            {
                // Information, not problems: stdout, where no CI system reads a line as an annotation.
                output.WriteLine(note);
            }

            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            if (parse.GetValue(verbose))
            {
                foreach (var stage in result.Stages)
                {
                    // The peak so far, not the stage's own use: where it jumps, that stage raised it.
                    output.WriteLine($"  {stage.Stage,-20} {stage.Elapsed.TotalMilliseconds,8:0} ms {stage.PeakMemory / (1024 * 1024),7:0} MiB peak");
                }

                if (result.FragmentsReused > 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.FragmentsReused:N0} includes reused a partial rendered for another page."));
                }

                foreach (var kind in result.Size?.Kinds ?? [])
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Name,-22} {SiteSizeReport.Format(kind.Bytes),8} {kind.Files,8:N0} files"));
                }
            }

            var size = result.Size is { } site ? $" ({SiteSizeReport.Format(site.Bytes)})" : "";
            output.WriteLine($"Built {result.Papers} papers into {result.FilesWritten} files{size} in {options.ResolvedOutputFolder} ({seconds} s).");
            return 0;
        });
        return command;
    }

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "How problems are printed: text (compiler style) or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => DiagnosticPrinter.TextFormat,
        };
        format.AcceptOnlyFromAmong(DiagnosticPrinter.TextFormat, DiagnosticPrinter.GitHubFormat);
        return format;
    }
}
