using System.Globalization;
using System.Collections.Immutable;
using System.Text;
using PaperSite.Authoring;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Pipeline;

namespace PaperSite.Importing;

/// <summary>
/// Turns BibTeX and arXiv Atom files into records. All files are read and every entry checked before
/// anything is written: any error means nothing is written at all, as with a build, so fixing the
/// reported problems and running the same command again is always safe. Papers the archive already has
/// are skipped, as are repeats within the import.
/// </summary>
public static class PaperImporter
{
    private const int MaxTagLength = 100;

    public static ImportResult Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SiteSources(Path.GetFullPath(options.Root));
        var drafts = options.Files.SelectMany(file => ReadFile(file, diagnostics)).ToList();

        var known = KnownPapers.Read(sources);
        var planned = new List<Paper>();
        var skipped = new List<SkippedPaper>();
        foreach (var draft in drafts)
        {
            // Warnings about a paper matter only if it is imported; errors always do.
            var warnings = new DiagnosticBag();
            if (ToPaper(draft, ListingDayOf(draft, options, warnings), sources, diagnostics, warnings) is not { } paper)
            {
                continue;
            }

            if (known.FindImported(paper) is { } existing)
            {
                skipped.Add(new SkippedPaper(draft.Label, draft.Source, existing));
                continue;
            }

            // A different paper whose derived id is taken (titles sharing their first 60 characters) gets the next free one.
            paper = WithFreeId(paper, known, sources);

            if (File.Exists(Path.Combine(sources.Root, paper.SourcePath)))
            {
                // The file's own 'id:' differs from its name, so no id matched, yet the name is taken.
                diagnostics.Error(DiagnosticCodes.ImportRecordInvalid, draft.Source,
                    $"the record for {draft.Label} would be {paper.SourcePath}, which exists and holds another id; rename that file to match its id.");
                continue;
            }

            diagnostics.AddRange(warnings.ToSortedList());
            known.Add(paper, paper.SourcePath);
            planned.Add(paper);
        }

        if (diagnostics.HasErrors)
        {
            return new ImportResult(false, diagnostics.ToSortedList(), [], skipped);
        }

        var created = new List<string>();
        foreach (var paper in planned)
        {
            var outcome = RecordScaffold.Create(sources, paper, known.IdsOnDisk);
            if (outcome.Path is null)
            {
                diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(paper.SourcePath), outcome.Problem!);
                continue;
            }

            created.Add(outcome.Path);
        }

        return new ImportResult(!diagnostics.HasErrors, diagnostics.ToSortedList(), created, skipped);
    }

    /// <summary>The import day, or with <c>--date published</c> the paper's own day where the source has it whole.</summary>
    private static DateOnly ListingDayOf(PaperDraft draft, ImportOptions options, DiagnosticBag warnings)
    {
        if (!options.ListUnderPublished)
        {
            return options.ListingDay;
        }

        if (draft.Published?.WholeDate is { } published)
        {
            return published;
        }

        warnings.Warning(DiagnosticCodes.ImportNoPublishedDate, draft.Source,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{draft.Label} gives no whole publication date; it is listed under the import day, {options.ListingDay:yyyy-MM-dd}."));
        return options.ListingDay;
    }

    private static Paper WithFreeId(Paper paper, KnownPapers known, SiteSources sources)
    {
        var id = paper.Id;
        for (var n = 2; known.IsTaken(id); n++)
        {
            id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paper.Id}-{n}");
        }

        if (id == paper.Id)
        {
            return paper;
        }

        var renamed = paper with { Id = id };
        return renamed with { SourcePath = sources.Relative(RecordScaffold.PathFor(sources, renamed)) };
    }

    private static IReadOnlyList<PaperDraft> ReadFile(string file, DiagnosticBag diagnostics)
    {
        var shown = file.Replace('\\', '/');
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".bib" or ".xml" or ".atom"))
        {
            diagnostics.Error(DiagnosticCodes.ImportFormat, SourceLocation.File(shown),
                "cannot tell the file's format from its name: import reads BibTeX (.bib) and arXiv API Atom (.xml) files.");
            return [];
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File(shown), $"the file cannot be read: {error.Message}");
            return [];
        }

        var problems = new DiagnosticBag();
        var drafts = extension == ".bib"
            ? ReadBibtexFile.Run(bytes, shown, problems)
            : ReadArxivAtomFile.Run(bytes, shown, problems);
        if (drafts.Count == 0 && !problems.HasErrors)
        {
            problems.Warning(DiagnosticCodes.ImportNothingFound, SourceLocation.File(shown), "the file holds no papers.");
        }

        diagnostics.AddRange(problems.ToSortedList());
        return drafts;
    }

    /// <summary>The record a draft becomes, checked by reading it back exactly as a build will; null (with errors) when it cannot be one.</summary>
    private static Paper? ToPaper(PaperDraft draft, DateOnly listingDay, SiteSources sources, DiagnosticBag diagnostics, DiagnosticBag warnings)
    {
        if (draft.Title is not { Length: > 0 } title)
        {
            diagnostics.Error(DiagnosticCodes.ImportMissingField, draft.Source, $"{draft.Label} has no title; a record needs one.");
            return null;
        }

        var abstractText = draft.Abstract;
        if (string.IsNullOrWhiteSpace(abstractText))
        {
            warnings.Warning(DiagnosticCodes.ImportNoAbstract, draft.Source,
                $"{draft.Label} has no abstract; its title was written as the abstract: replace it in the record.");
            abstractText = title;
        }

        var paper = new Paper
        {
            Id = RecordScaffold.IdFor(title, draft.ArxivId),
            Title = title,
            Date = listingDay,
            Abstract = abstractText,
            ArxivId = draft.ArxivId,
            Doi = draft.Doi,
            Authors = draft.Authors,
            AuthorCount = draft.AuthorCount,
            Tags = CheckTags(draft, warnings),
            Links = draft.Links,
            Published = draft.Published,
            SourcePath = "",
        };
        paper = paper with { SourcePath = sources.Relative(RecordScaffold.PathFor(sources, paper)) };

        var readBack = new DiagnosticBag();
        PaperRecordReader.Read(Encoding.UTF8.GetBytes(RecordWriter.Write(paper)), paper.SourcePath, readBack);
        foreach (var problem in readBack.ToSortedList().Where(d => d.IsError))
        {
            diagnostics.Error(DiagnosticCodes.ImportRecordInvalid, draft.Source,
                $"the record made from {draft.Label} would not load ({problem.Code}: {problem.Message}); correct the entry.");
        }

        return readBack.HasErrors ? null : paper;
    }

    /// <summary>Tags within the record format's limits: one spelling per tag, at most 100 characters, at most 50.</summary>
    private static ImmutableArray<string> CheckTags(PaperDraft draft, DiagnosticBag warnings)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in draft.Tags)
        {
            if (tag.Length > MaxTagLength)
            {
                warnings.Warning(DiagnosticCodes.ImportDroppedValue, draft.Source,
                    string.Create(CultureInfo.InvariantCulture, $"a tag of {draft.Label} is longer than {MaxTagLength} characters and was left out: '{MappingFields.Shorten(tag)}'."));
            }
            else if (seen.Add(Tag.KeyOf(tag)))
            {
                tags.Add(tag);
            }
        }

        if (tags.Count > PaperRecordReader.MaxTags)
        {
            warnings.Warning(DiagnosticCodes.ImportDroppedValue, draft.Source,
                string.Create(CultureInfo.InvariantCulture, $"{draft.Label} has {tags.Count} tags; the first {PaperRecordReader.MaxTags} were kept."));
            tags.RemoveRange(PaperRecordReader.MaxTags, tags.Count - PaperRecordReader.MaxTags);
        }

        return [.. tags];
    }
}
