using System.CommandLine;
using System.Globalization;
using PaperSite.Importing;
using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary>
/// <c>papersite import</c>: turns BibTeX and arXiv Atom files into records; prints each record it creates,
/// each paper it skips as already present, and a summary. Any error: nothing is written, exit code 1.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The --date value that lists each paper under its own publication day.</summary>
    public const string PublishedDate = "published";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = PaperSiteCommand.RootOption();
        var files = new Argument<string[]>("FILE")
        {
            Description = "BibTeX (.bib) or arXiv API Atom (.xml) files to import.",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "The day to list the new records under, yyyy-MM-dd, or 'published' for each paper's own date. Defaults to today (UTC)." };
        var format = BuildCommand.FormatOption();
        var verbose = new Option<bool>("--verbose") { Description = $"Print every warning; by default, past {DiagnosticPrinter.WarningsShownPerCode} of one kind the rest are counted." };
        var command = new Command("import", "Create records from BibTeX and arXiv Atom files, skipping papers already present.") { root, date, format, verbose, files };
        command.SetAction(parse =>
        {
            var dateText = parse.GetValue(date);
            var day = DateOnly.FromDateTime(DateTime.UtcNow);
            var underPublished = dateText == PublishedDate;
            if (dateText is not null && !underPublished && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                error.WriteLine($"error: --date must be a real date as yyyy-MM-dd or '{PublishedDate}', got '{dateText}'.");
                return 1;
            }

            var sources = new SiteSources(Path.GetFullPath(parse.GetValue(root)!));
            var result = PaperImporter.Run(new ImportOptions { Root = sources.Root, Files = parse.GetValue(files)!, ListingDay = day, ListUnderPublished = underPublished });
            DiagnosticPrinter.PrintGrouped(result.Diagnostics, parse.GetValue(format)!, parse.GetValue(verbose), error);
            foreach (var created in result.Created)
            {
                output.WriteLine(sources.Relative(created));
            }

            if (!result.Succeeded)
            {
                var written = result.Created.Count == 0 ? "Nothing was written." : $"{result.Created.Count} records were written before the error.";
                error.WriteLine($"Import failed: {DiagnosticPrinter.Summary(result.Diagnostics)}. {written}");
                return 1;
            }

            foreach (var skipped in result.Skipped)
            {
                output.WriteLine($"skipped {skipped.Label} ({skipped.Source}): already present as {skipped.ExistingRecord}");
            }

            output.WriteLine($"imported {result.Created.Count}, skipped {result.Skipped.Count} already present");
            return 0;
        });
        return command;
    }
}
