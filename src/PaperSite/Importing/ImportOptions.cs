using PaperSite.Diagnostics;

namespace PaperSite.Importing;

/// <summary>What <c>papersite import</c> asks for.</summary>
public sealed record ImportOptions
{
    /// <summary>The site root: records are created below <c>input/papers/</c>.</summary>
    public required string Root { get; init; }

    /// <summary>The files to import, as the user named them: <c>.bib</c> is BibTeX, <c>.xml</c> or <c>.atom</c> is arXiv API Atom.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>The day the new records are listed under (their <c>date</c>).</summary>
    public required DateOnly ListingDay { get; init; }

    /// <summary><c>--date published</c>: list each paper under the day it was published, where the source gives it whole; else under <see cref="ListingDay"/>.</summary>
    public bool ListUnderPublished { get; init; }
}

/// <summary>A paper that was not imported because the archive (or an earlier entry of the same import) has it.</summary>
public sealed record SkippedPaper(string Label, SourceLocation Source, string ExistingRecord);

/// <summary>What an import did: every problem found, the records created (full paths) and the papers skipped.</summary>
public sealed record ImportResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Created, IReadOnlyList<SkippedPaper> Skipped);
