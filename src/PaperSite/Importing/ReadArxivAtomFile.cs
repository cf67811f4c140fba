using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Importing;

/// <summary>
/// Reads the Atom feed that the arXiv API (<c>export.arxiv.org/api/query</c>) returns into drafts, one per
/// <c>entry</c>: the arXiv id from <c>id</c>, <c>title</c>, <c>summary</c> (the abstract), <c>published</c>,
/// <c>author/name</c> with <c>arxiv:affiliation</c>, <c>arxiv:doi</c>, and the arXiv categories
/// (<c>arxiv:primary_category</c> first, then each <c>category</c>) as tags. The abstract and PDF links are
/// not copied: the site derives them from the arXiv id. DTDs are refused, so no entity can expand.
/// </summary>
internal static partial class ReadArxivAtomFile
{
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    public static IReadOnlyList<PaperDraft> Run(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
                $"the file is {bytes.Length / 1024} KiB; Atom files may be at most {MaxBytes / 1024 / 1024} MiB.");
            return [];
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error) when (error.LineNumber == 0 && bytes.AsSpan().IndexOf("<!DOCTYPE"u8) is var doctype and >= 0)
        {
            var line = bytes.AsSpan(0, doctype).Count((byte)'\n') + 1;
            diagnostics.Error(DiagnosticCodes.ImportSyntax, new SourceLocation(path, line, 1),
                "the file declares a document type (<!DOCTYPE ...>); import refuses them, so no entity can expand, and the arXiv API never sends one.");
            return [];
        }
        catch (XmlException error)
        {
            diagnostics.Error(DiagnosticCodes.ImportSyntax, new SourceLocation(path, error.LineNumber, error.LinePosition),
                $"the file is not well-formed XML: {PositionSuffix().Replace(error.Message, "")}");
            return [];
        }

        var root = document.Root!;
        if (root.Name != Atom + "feed")
        {
            diagnostics.Error(DiagnosticCodes.ImportFormat, At(path, root),
                $"the file is not an Atom feed: its root element is <{root.Name.LocalName}>, expected <feed> in the Atom namespace, as the arXiv API returns.");
            return [];
        }

        var drafts = new List<PaperDraft>();
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            if (ToDraft(entry, path, diagnostics) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        return drafts;
    }

    private static PaperDraft? ToDraft(XElement entry, string path, DiagnosticBag diagnostics)
    {
        var idElement = entry.Element(Atom + "id");
        var id = idElement?.Value.Trim() ?? "";
        if (id.Contains("arxiv.org/api/errors", StringComparison.OrdinalIgnoreCase))
        {
            // The API reports a bad query as a feed whose one entry describes the error.
            var message = MappingFields.CollapseWhiteSpace(entry.Element(Atom + "summary")?.Value ?? "no details given");
            diagnostics.Error(DiagnosticCodes.ImportFormat, At(path, entry), $"the arXiv API answered with an error instead of papers: {MappingFields.Shorten(message)}");
            return null;
        }

        var arxivId = ImportText.ArxivIdFrom(id);
        if (arxivId is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportInvalidValue, At(path, idElement ?? entry),
                $"an entry's <id> must be an arXiv abstract URL such as http://arxiv.org/abs/2510.08521v1, got '{MappingFields.Shorten(id)}'.");
            return null;
        }

        return new PaperDraft
        {
            Label = $"arXiv {arxivId}",
            Source = At(path, entry),
            Title = Text(entry, Atom + "title") is { } title ? MappingFields.CollapseWhiteSpace(LatexText.ToUnicode(title)) : null,
            Abstract = Text(entry, Atom + "summary") is { } summary ? PlainTextMarkdown.Write(ImportText.Paragraphs(LatexText.AbstractToUnicode(summary), indentStartsParagraph: true)) : null,
            ArxivId = ImportText.WithoutVersion(arxivId),
            Doi = ReadDoi(entry, arxivId, path, diagnostics),
            Authors = ReadAuthors(entry),
            Tags = ReadCategories(entry),
            Published = ReadPublished(entry),
        };
    }

    private static ImmutableArray<Author> ReadAuthors(XElement entry) =>
    [
        .. entry.Elements(Atom + "author")
            .Select(author => (
                Name: MappingFields.CollapseWhiteSpace(author.Element(Atom + "name")?.Value ?? ""),
                Affiliations: author.Elements(Arxiv + "affiliation").Select(a => MappingFields.CollapseWhiteSpace(a.Value)).Where(a => a.Length > 0).ToList()))
            .Where(author => author.Name.Length > 0)
            .Select(author => new Author(author.Name, author.Affiliations.Count > 0 ? string.Join("; ", author.Affiliations) : null)),
    ];

    /// <summary>arXiv's own categories only: the API also lists ACM and MSC classes ("I.2.7", "68T50"), which are no tags.</summary>
    private static ImmutableArray<string> ReadCategories(XElement entry)
    {
        var terms = entry.Elements(Arxiv + "primary_category").Concat(entry.Elements(Atom + "category"))
            .Select(c => c.Attribute("term")?.Value.Trim() ?? "")
            .Where(ImportText.IsArxivCategory)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. terms];
    }

    private static string? ReadDoi(XElement entry, string arxivId, string path, DiagnosticBag diagnostics)
    {
        var element = entry.Element(Arxiv + "doi");
        // The API lists several DOIs separated by white space when a paper has more than one; the first is the paper's.
        var doi = element?.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (doi is null)
        {
            return null;
        }

        doi = ImportText.BareDoi(doi);
        if (Identifiers.IsDoi(doi))
        {
            return doi;
        }

        diagnostics.Error(DiagnosticCodes.ImportInvalidValue, At(path, element!),
            $"<arxiv:doi> of arXiv {arxivId} must be a DOI such as 10.1000/xyz123, got '{MappingFields.Shorten(doi)}'.");
        return null;
    }

    private static PublicationDate? ReadPublished(XElement entry) =>
        Text(entry, Atom + "published") is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published)
            ? PublicationDate.Of(DateOnly.FromDateTime(published.UtcDateTime))
            : null;

    private static string? Text(XElement entry, XName name) => entry.Element(name)?.Value is { } value && value.Trim().Length > 0 ? value : null;

    /// <summary>Where an element starts: XML line info points at its name, one past the '&lt;'.</summary>
    private static SourceLocation At(string path, XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(path, info.LineNumber, Math.Max(1, info.LinePosition - 1)) : SourceLocation.File(path);

    [GeneratedRegex(@"\s*Line [0-9]+, position [0-9]+\.\z")]
    private static partial Regex PositionSuffix();
}
