using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>
/// Turns one record file into a <see cref="Paper"/>, enforcing every rule of the record format.
/// All of a record's problems are reported, not just the first; a record with any error yields no paper.
/// </summary>
internal static class PaperRecordReader
{
    public static readonly ImmutableArray<string> KnownKeys =
    [
        "title", "date", "abstract", "id", "arxiv", "authors", "author_count", "organization", "tags",
        "upvotes", "links", "doi", "published", "submitted_by",
    ];

    private static readonly ImmutableArray<string> AuthorKeys = ["name", "affiliation", "orcid"];

    /// <summary>A sane ceiling: real papers have tens of tags at most; thousands are an attack on the tag pages.</summary>
    public const int MaxTags = 50;

    public static Paper? Read(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var paper = ReadUnchecked(bytes, path, local);
        var problems = local.ToSortedList();
        diagnostics.AddRange(problems);
        return problems.Any(d => d.IsError) ? null : paper;
    }

    private static Paper? ReadUnchecked(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(text, path, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null || !diagnostics.HasErrors)
            {
                var found = root is null ? "an empty file" : root.Kind;
                diagnostics.Error(DiagnosticCodes.NotAMapping, root is null ? SourceLocation.File(path) : new SourceLocation(path, root.Line, root.Column),
                    $"a paper record must be a mapping with at least title, date and abstract; found {found}.");
            }

            return null;
        }

        var fields = new MappingFields(mapping, path, KnownKeys, diagnostics);
        var id = ReadId(fields, path);
        var title = fields.Line("title", required: true);
        var date = fields.Date("date", required: true);
        var abstractText = fields.RequiredText("abstract");
        var arxiv = ReadChecked(fields, "arxiv", Identifiers.IsArxivId, DiagnosticCodes.InvalidArxivId,
            "an arXiv identifier such as 2510.08521, 2510.08521v2 or hep-th/9901001");
        var doi = ReadChecked(fields, "doi", Identifiers.IsDoi, DiagnosticCodes.InvalidDoi, "a DOI such as 10.48550/arXiv.2510.08521");

        var paper = new Paper
        {
            Id = id ?? "",
            Title = title ?? "",
            Date = date ?? default,
            Abstract = abstractText ?? "",
            ArxivId = arxiv,
            Authors = ReadAuthors(fields),
            AuthorCount = fields.WholeNumber("author_count", maximum: 100_000),
            Organization = fields.Line("organization"),
            Tags = ReadTags(fields),
            Upvotes = fields.WholeNumber("upvotes") ?? 0,
            Links = ReadLinks(fields),
            Doi = doi,
            Published = fields.Date("published"),
            SubmittedBy = fields.Line("submitted_by"),
            SourcePath = path,
        };
        return paper;
    }

    private static string? ReadId(MappingFields fields, string path)
    {
        var explicitId = fields.Text("id");
        if (explicitId is not null)
        {
            if (Identifiers.IsPaperId(explicitId))
            {
                return explicitId;
            }

            fields.Diagnostics.Error(DiagnosticCodes.InvalidId, fields.At(fields.Node("id")!),
                $"'id' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or digit (at most 120), got '{MappingFields.Shorten(explicitId)}'.");
            return null;
        }

        var fileName = System.IO.Path.GetFileNameWithoutExtension(path);
        if (Identifiers.IsPaperId(fileName))
        {
            return fileName;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidId, SourceLocation.File(path),
            $"the file name '{MappingFields.Shorten(fileName)}' cannot be a paper id (lowercase letters, digits, '.', '_' or '-'); rename the file or add an 'id' key.");
        return null;
    }

    private static string? ReadChecked(MappingFields fields, string key, Func<string, bool> isValid, string code, string expected)
    {
        var value = fields.Text(key);
        if (value is null || isValid(value))
        {
            return value;
        }

        fields.Diagnostics.Error(code, fields.At(fields.Node(key)!), $"'{key}' must be {expected}, got '{MappingFields.Shorten(value)}'.");
        return null;
    }

    private static ImmutableArray<Author> ReadAuthors(MappingFields fields)
    {
        var authors = ImmutableArray.CreateBuilder<Author>();
        foreach (var item in fields.Items("authors"))
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } name when name.Value.Trim().Length > 0:
                    authors.Add(new Author(MappingFields.CollapseWhiteSpace(name.Value)));
                    break;
                case YamlMapping mapping:
                    var author = new MappingFields(mapping, fields.Path, AuthorKeys, fields.Diagnostics);
                    var authorName = author.Line("name", required: true);
                    var orcid = ReadChecked(author, "orcid", Identifiers.IsOrcid, DiagnosticCodes.InvalidOrcid, "an ORCID iD such as 0000-0002-1825-0097");
                    if (authorName is not null)
                    {
                        authors.Add(new Author(authorName, author.Line("affiliation"), orcid));
                    }

                    break;
                default:
                    fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.At(item),
                        $"each of 'authors' must be a name or a mapping with name, affiliation and orcid, got {(item is YamlScalar ? "an empty value" : item.Kind)}.");
                    break;
            }
        }

        return authors.ToImmutable();
    }

    private static ImmutableArray<string> ReadTags(MappingFields fields)
    {
        var items = fields.Items("tags");
        if (items.Count > MaxTags)
        {
            fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node("tags")!),
                $"'tags' may hold at most {MaxTags} tags, got {items.Count}.");
            return [];
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull || scalar.Value.Trim().Length == 0)
            {
                fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.At(item), $"each tag must be text, got {(item is YamlScalar ? "an empty value" : item.Kind)}.");
                continue;
            }

            var tag = MappingFields.CollapseWhiteSpace(scalar.Value);
            if (tag.Length > 100)
            {
                fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.At(item), $"a tag may be at most 100 characters, got {tag.Length}.");
                continue;
            }

            // "LLM" and "llm" in one record are one tag; keep the first spelling.
            if (seen.Add(Tag.KeyOf(tag)))
            {
                tags.Add(tag);
            }
        }

        return tags.ToImmutable();
    }

    private static ImmutableArray<PaperLink> ReadLinks(MappingFields fields)
    {
        var mapping = fields.Mapping("links");
        if (mapping is null)
        {
            return [];
        }

        var links = ImmutableArray.CreateBuilder<PaperLink>();
        foreach (var entry in mapping.Entries)
        {
            var name = MappingFields.CollapseWhiteSpace(entry.Key.Value);
            if (entry.Value is not YamlScalar url || url.IsNull)
            {
                fields.Diagnostics.Error(DiagnosticCodes.InvalidUrl, fields.At(entry.Value), $"link '{MappingFields.Shorten(name)}' must be an http or https URL, got {(entry.Value is YamlScalar ? "nothing" : entry.Value.Kind)}.");
                continue;
            }

            var value = url.Value.Trim();
            if (!Identifiers.IsWebUrl(value))
            {
                fields.Diagnostics.Error(DiagnosticCodes.InvalidUrl, fields.At(url), $"link '{MappingFields.Shorten(name)}' must be an absolute http or https URL, got '{MappingFields.Shorten(value)}'.");
                continue;
            }

            // The normalised form percent-encodes what a URL may not hold raw ("<", spaces in the query, ...).
            links.Add(new PaperLink(name, new Uri(value).AbsoluteUri));
        }

        return links.ToImmutable();
    }
}
