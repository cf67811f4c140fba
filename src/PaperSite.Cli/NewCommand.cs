using System.CommandLine;
using System.Globalization;
using PaperSite.Authoring;
using PaperSite.Importing;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Pipeline;

namespace PaperSite.Cli;

/// <summary><c>papersite new</c>: scaffolds a record for a contributor to fill in; prints its path; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var root = PaperSiteCommand.RootOption();
        var title = new Option<string>("--title") { Description = "The paper's title.", Required = true };
        var date = new Option<string?>("--date") { Description = "The day to list it under, yyyy-MM-dd. Defaults to today (UTC)." };
        var arxiv = new Option<string?>("--arxiv") { Description = "Its arXiv identifier; also becomes its id." };
        var tags = new Option<string?>("--tags") { Description = "Comma-separated tags." };
        var command = new Command("new", "Create a record for a new paper.") { root, title, date, arxiv, tags };
        command.SetAction(parse =>
        {
            var titleText = MappingFields.CollapseWhiteSpace(parse.GetValue(title)!);
            var dateText = parse.GetValue(date);
            var arxivId = parse.GetValue(arxiv);
            if (!TryParseDate(dateText, out var day))
            {
                error.WriteLine($"error: --date must be a real date as yyyy-MM-dd, got '{dateText}'.");
                return 1;
            }

            if (arxivId is not null && ArxivInput.Normalise(arxivId) is { } bare)
            {
                error.WriteLine($"warning: --arxiv '{arxivId}' was read as the arXiv id {bare}.");
                arxivId = bare;
            }

            if (arxivId is not null && !Identifiers.IsArxivId(arxivId))
            {
                error.WriteLine($"error: --arxiv must be an arXiv identifier such as 2510.08521, got '{arxivId}'.");
                return 1;
            }

            var tagList = (parse.GetValue(tags) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var paper = new Paper
            {
                Id = RecordScaffold.IdFor(titleText, arxivId),
                Title = titleText,
                Date = day,
                Abstract = RecordScaffold.PlaceholderAbstract,
                ArxivId = arxivId,
                Tags = [.. tagList],
                SourcePath = "",
            };

            var sources = new SiteSources(Path.GetFullPath(parse.GetValue(root)!));
            var known = KnownPapers.Read(sources);
            // A taken id is RecordScaffold's to report; the same paper under another id (its arXiv id) is caught here.
            if (!known.IdsOnDisk.ContainsKey(paper.Id) && known.Find(paper) is { } existing)
            {
                error.WriteLine($"error: this paper is already in the archive as {existing}.");
                return 1;
            }

            var outcome = RecordScaffold.Create(sources, paper, known.IdsOnDisk);
            if (outcome.Path is null)
            {
                error.WriteLine($"error: {outcome.Problem}");
                return 1;
            }

            output.WriteLine(sources.Relative(outcome.Path));
            if (known.Problems.Count(d => d.IsError) is var errors and > 0)
            {
                error.WriteLine($"note: the archive already has {errors} error{(errors == 1 ? "" : "s")} in other records; papersite check lists them.");
            }

            return 0;
        });
        return command;
    }

    private static bool TryParseDate(string? text, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(DateTime.UtcNow);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
