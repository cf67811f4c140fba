using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Importing;

/// <summary>
/// Reads a <c>.bib</c> file into drafts, one per entry of any type. Fields used: <c>title</c>, <c>abstract</c>,
/// <c>author</c>, <c>keywords</c> (tags), <c>doi</c>, <c>url</c>, the arXiv id (from <c>eprint</c> as arXiv
/// writes it, else an <c>arXiv:</c> mention in <c>journal</c>/<c>note</c>/<c>howpublished</c> as Google
/// Scholar writes it, else an arxiv.org <c>url</c> or an arXiv DOI), and the publication day (biblatex
/// <c>date</c>, else <c>year</c>, <c>month</c> and <c>day</c> together).
/// </summary>
internal static partial class ReadBibtexFile
{
    /// <summary>A whole library export fits; a file this size is not a bibliography.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static IReadOnlyList<PaperDraft> Run(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics, MaxBytes, "BibTeX files");
        if (text is null)
        {
            return [];
        }

        var entries = BibtexCrossrefs.Resolve(BibtexParser.Parse(text, path, diagnostics), path, diagnostics);
        return entries.Select(entry => ToDraft(entry, path, diagnostics)).ToList();
    }

    private static PaperDraft ToDraft(BibtexEntry entry, string path, DiagnosticBag diagnostics) => new()
    {
        Label = entry.Label,
        Source = new SourceLocation(path, entry.Line, entry.Column),
        Title = entry.Value("title") is { } title ? MappingFields.CollapseWhiteSpace(LatexText.ToUnicode(title)) : null,
        Abstract = entry.Value("abstract") is { } text ? PlainTextMarkdown.Write(ImportText.Paragraphs(LatexText.AbstractToUnicode(text))) : null,
        ArxivId = ReadArxivId(entry, path, diagnostics),
        Doi = ReadDoi(entry, path, diagnostics),
        Authors = entry.Value("author") is { } authors ? [.. BibtexNames.Split(authors).Select(name => new Author(name))] : [],
        AuthorCount = entry.Value("author") is { } listed && BibtexNames.EndsWithOthers(listed) ? BibtexNames.Split(listed).Count + 1 : null,
        Tags = ReadTags(entry),
        Links = ReadLinks(entry, path, diagnostics),
        Published = ReadPublished(entry, path, diagnostics),
    };

    private static string? ReadArxivId(BibtexEntry entry, string path, DiagnosticBag diagnostics)
    {
        var archive = entry.Value("archiveprefix") ?? entry.Value("eprinttype");
        var namesArxiv = archive is not null && Unbraced(archive).Equals("arxiv", StringComparison.OrdinalIgnoreCase);
        if (entry.Field("eprint") is { } eprint && (archive is null || namesArxiv))
        {
            if (ImportText.ArxivIdFrom(Unbraced(eprint.Value)) is { } id)
            {
                return ImportText.WithoutVersion(id);
            }

            // Without archivePrefix an eprint may belong to another archive; with it, it must be arXiv's.
            if (namesArxiv)
            {
                diagnostics.Error(DiagnosticCodes.ImportInvalidValue, new SourceLocation(path, eprint.Line, eprint.Column),
                    $"'eprint' of {entry.Label} must be an arXiv identifier such as 2510.08521, got '{MappingFields.Shorten(eprint.Value)}'.");
                return null;
            }
        }

        foreach (var name in new[] { "journal", "note", "howpublished" })
        {
            if (entry.Value(name) is { } mention && ImportText.ArxivIdMentionedIn(mention) is { } id)
            {
                return ImportText.WithoutVersion(id);
            }
        }

        if (entry.Value("url") is { } url && ImportText.ArxivIdFrom(Unescaped(url)) is { } fromUrl)
        {
            return ImportText.WithoutVersion(fromUrl);
        }

        if (entry.Value("doi") is { } doi && ArxivDoi().Match(ImportText.BareDoi(Unescaped(doi))) is { Success: true } match &&
            Identifiers.IsArxivId(match.Groups["id"].Value))
        {
            return ImportText.WithoutVersion(match.Groups["id"].Value);
        }

        return null;
    }

    private static string? ReadDoi(BibtexEntry entry, string path, DiagnosticBag diagnostics)
    {
        if (entry.Field("doi") is not { } field)
        {
            return null;
        }

        var doi = ImportText.BareDoi(Unescaped(field.Value));
        if (doi.Length == 0)
        {
            return null;
        }

        if (Identifiers.IsDoi(doi))
        {
            return doi;
        }

        diagnostics.Error(DiagnosticCodes.ImportInvalidValue, new SourceLocation(path, field.Line, field.Column),
            $"'doi' of {entry.Label} must be a DOI such as 10.48550/arXiv.2510.08521, got '{MappingFields.Shorten(field.Value)}'.");
        return null;
    }

    /// <summary>The <c>url</c> as a link, unless it points at arXiv or doi.org, which the site links to from the ids already.</summary>
    private static ImmutableArray<PaperLink> ReadLinks(BibtexEntry entry, string path, DiagnosticBag diagnostics)
    {
        if (entry.Field("url") is not { } field)
        {
            return [];
        }

        var url = Unescaped(field.Value).Trim();
        if (!Identifiers.IsWebUrl(url))
        {
            diagnostics.Warning(DiagnosticCodes.ImportDroppedValue, new SourceLocation(path, field.Line, field.Column),
                $"'url' of {entry.Label} is not an absolute http or https URL; it was left out: '{MappingFields.Shorten(url)}'.");
            return [];
        }

        var host = new Uri(url).Host;
        if (host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase) || host.EndsWith("doi.org", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var name = new Uri(url).AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "pdf" : "paper";
        return [new PaperLink(name, url)];
    }

    /// <summary>
    /// <c>keywords</c>, split at ',' or ';', and arXiv's <c>primaryClass</c> (<c>cs.CL</c>), so an arXiv paper
    /// gets the same category tag whether it comes from arXiv's BibTeX or its API.
    /// </summary>
    private static ImmutableArray<string> ReadTags(BibtexEntry entry)
    {
        var keywords = (entry.Value("keywords") ?? "").Split([',', ';'])
            .Select(k => MappingFields.CollapseWhiteSpace(LatexText.ToUnicode(k)))
            .Where(k => k.Length > 0);
        var primaryClass = entry.Value("primaryclass") is { } value && ImportText.IsArxivCategory(Unbraced(value)) ? [Unbraced(value)] : Array.Empty<string>();
        return [.. keywords, .. primaryClass];
    }

    /// <summary>
    /// As precisely as the entry gives it: biblatex's <c>date</c> (<c>{2025-10-09}</c>, <c>{2025-10}</c>, <c>{2025}</c>; of
    /// a range such as <c>{2019-07-15/2019-07-20}</c> its start, of a time its day), else <c>year</c> with <c>month</c>
    /// and <c>day</c> where they are there and real. A year alone is kept as a year: for an old paper that is often all
    /// a BibTeX file knows. Real files add to the year (<c>2012a</c> to tell two papers apart, <c>1999--2000</c>); its
    /// leading four digits are the year. A year that is no year (<c>{In press}</c>) is a warning, never dropped unsaid.
    /// </summary>
    private static PublicationDate? ReadPublished(BibtexEntry entry, string path, DiagnosticBag diagnostics)
    {
        if (entry.Field("date") is { } dateField)
        {
            var start = Unbraced(dateField.Value).Split('/')[0].Split('T')[0].Trim();
            if (PublicationDate.TryParseIso(start, out var exact))
            {
                return exact;
            }

            if (entry.Value("year") is null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportDroppedValue, new SourceLocation(path, dateField.Line, dateField.Column),
                    $"'date' of {entry.Label} is not a date as yyyy-MM-dd, yyyy-MM or yyyy; published was left out: '{MappingFields.Shorten(Unbraced(dateField.Value))}'.");
                return null;
            }
        }

        if (entry.Field("year") is not { } yearField)
        {
            return null;
        }

        var yearMatch = LeadingYear().Match(Unbraced(yearField.Value));
        if (!yearMatch.Success || int.Parse(yearMatch.Groups[1].Value, CultureInfo.InvariantCulture) is not (>= 1 and var year))
        {
            diagnostics.Warning(DiagnosticCodes.ImportDroppedValue, new SourceLocation(path, yearField.Line, yearField.Column),
                $"'year' of {entry.Label} is not a year; published was left out: '{MappingFields.Shorten(Unbraced(yearField.Value))}'.");
            return null;
        }

        var month = entry.Value("month") is { } monthText ? MonthNumber(Unbraced(monthText)) : null;
        if (month is null)
        {
            return new PublicationDate(year);
        }

        return entry.Value("day") is { } dayText &&
            int.TryParse(Unbraced(dayText), NumberStyles.None, CultureInfo.InvariantCulture, out var day) &&
            day >= 1 && day <= DateTime.DaysInMonth(year, month.Value)
            ? new PublicationDate(year, month, day)
            : new PublicationDate(year, month);
    }

    /// <summary>Four digits at the start, not followed by another digit: <c>2012</c>, <c>2012a</c>, <c>1999--2000</c>.</summary>
    [GeneratedRegex(@"^(\d{4})(?!\d)")]
    private static partial Regex LeadingYear();

    /// <summary>A month as BibTeX files write it: <c>1</c> to <c>12</c>, <c>jan</c>, <c>Jan.</c>, <c>January</c>, <c>Sept.</c>; nothing that merely begins like one.</summary>
    private static int? MonthNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        // The word the field starts with: "jun # ~15" (a day pasted on with BibTeX's #) is June.
        var word = LeadingWord().Match(text).Value;
        var index = Array.FindIndex(FullMonthNames, m =>
            word.Length >= 3 && m.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (word.Length == 3 || word.Length == m.Length || word.Equals("sept", StringComparison.OrdinalIgnoreCase)));
        return index >= 0 ? index + 1 : null;
    }

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingWord();

    private static readonly string[] FullMonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static string Unbraced(string value) => value.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Trim();

    /// <summary>Identifiers and URLs are not LaTeX, but files escape their specials anyway (<c>10.1000/a\_b</c>).</summary>
    private static string Unescaped(string value) => EscapedSpecial().Replace(Unbraced(value), "$1");

    [GeneratedRegex(@"\\([_%&#$~])")]
    private static partial Regex EscapedSpecial();

    [GeneratedRegex(@"^10\.48550/arxiv\.(?<id>.+)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivDoi();
}
