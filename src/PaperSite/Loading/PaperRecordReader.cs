using System.Collections.Immutable;
using System.Globalization;
using PaperSite.Abstracts;
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

    /// <summary>A tag is a topic's name, shown in every listing of the paper.</summary>
    public const int MaxTagLength = 100;

    /// <summary>Code, project, pdf, video, dataset, demo, slides...: twenty is plenty, and every card shows them all.</summary>
    public const int MaxLinks = 20;

    /// <summary>
    /// arXiv caps abstracts at 1,920 characters; five times that leaves room for Markdown and math.
    /// The cap also bounds Markdig's worst cases (thousands of nested brackets take time quadratic in
    /// their number), keeping every abstract's rendering well under a second.
    /// </summary>
    public const int MaxAbstractLength = 10_000;

    /// <param name="macros">The site's math_macros: formulas are rendered with them, and any that will show as source is warned about.</param>
    public static Paper? Read(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics, MathMacros? macros = null)
    {
        var local = new DiagnosticBag();
        var paper = ReadUnchecked(bytes, path, local, macros ?? MathMacros.None);
        var problems = local.ToSortedList();
        diagnostics.AddRange(problems);
        return problems.Any(d => d.IsError) ? null : paper;
    }

    private static Paper? ReadUnchecked(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics, MathMacros macros)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(text, path, diagnostics);
        if (root is YamlScalar { IsNull: true })
        {
            // "---" alone, or "~": a document with nothing in it.
            root = null;
        }

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
        var title = WarnIfMixedScripts(fields, "title", fields.Line("title", required: true));
        var hasMath = title is not null && TitleMath.HasFormula(title);
        if (hasMath)
        {
            FormulaWarnings.Report(fields, "title", fields.Node("title")!, text, TitleMath.Problems(title!, macros));
        }

        var date = fields.Date("date", required: true);
        var abstractText = ReadAbstract(fields, text, macros);
        var arxiv = ReadArxiv(fields);
        var doi = ReadChecked(fields, "doi", Identifiers.IsDoi, DiagnosticCodes.InvalidDoi, "a DOI such as 10.48550/arXiv.2510.08521");

        var paper = new Paper
        {
            Id = id ?? "",
            Title = title ?? "",
            TitleText = hasMath ? TitleMath.ToText(title!, macros) : null,
            TitleHtml = hasMath ? TitleMath.ToHtml(title!, macros) : null,
            Date = date ?? default,
            AbstractHtml = abstractText?.Html ?? "",
            AbstractText = abstractText?.PlainText ?? "",
            ArxivId = arxiv,
            Authors = ReadAuthors(fields),
            AuthorCount = fields.WholeNumber("author_count", maximum: 100_000),
            Organization = WarnIfMixedScripts(fields, "organization", fields.Line("organization")),
            Tags = ReadTags(fields),
            Upvotes = fields.WholeNumber("upvotes") ?? 0,
            Links = ReadLinks(fields),
            Doi = doi,
            Published = fields.PartialDate("published"),
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

    private static AbstractRenderer.RenderedAbstract? ReadAbstract(MappingFields fields, string source, MathMacros macros)
    {
        var text = fields.RequiredText("abstract");
        if (text is null)
        {
            return null;
        }

        var at = fields.At(fields.Node("abstract")!);
        if (text.Length > MaxAbstractLength)
        {
            fields.Diagnostics.Error(DiagnosticCodes.TooLong, at,
                string.Create(CultureInfo.InvariantCulture, $"'abstract' may be at most {MaxAbstractLength:N0} characters, got {text.Length:N0}."));
            return null;
        }

        var rendered = AbstractRenderer.TryRender(text, out var problem, macros);
        if (rendered is null)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidMarkdown, at, $"'abstract' cannot be shown: {problem}.");
            return null;
        }

        if (text == Authoring.RecordScaffold.PlaceholderAbstract)
        {
            fields.Diagnostics.Warning(DiagnosticCodes.PlaceholderAbstract, at,
                "'abstract' is still the placeholder 'papersite new' writes; replace it with the paper's abstract.");
        }

        FormulaWarnings.Report(fields, "abstract", fields.Node("abstract")!, source, rendered.MathProblems);
        return rendered;
    }

    /// <summary>An arXiv id; <c>arXiv:ID</c> and arxiv.org addresses are read as the id they hold, with a warning to write it bare.</summary>
    private static string? ReadArxiv(MappingFields fields)
    {
        if (fields.Text("arxiv") is { } written && ArxivInput.Normalise(written) is { } bare)
        {
            fields.Diagnostics.Warning(DiagnosticCodes.ArxivIdRewritten, fields.At(fields.Node("arxiv")!),
                $"'arxiv' was read as {bare}; write the bare id, 'arxiv: {bare}', rather than '{MappingFields.Shorten(written)}'.");
            return bare;
        }

        return ReadChecked(fields, "arxiv", Identifiers.IsArxivId, DiagnosticCodes.InvalidArxivId,
            "an arXiv identifier such as 2510.08521, 2510.08521v2 or hep-th/9901001");
    }

    /// <summary>A word such as "Nееd" with Cyrillic е's can pass for another; the maintainer reviewing the record is told.</summary>
    private static string? WarnIfMixedScripts(MappingFields fields, string key, string? value, YamlNode? node = null)
    {
        if (value is not null && MixedScripts.FindMixedWord(value) is var (word, script))
        {
            fields.Diagnostics.Warning(DiagnosticCodes.MixedScripts, fields.At(node ?? fields.Node(key)!),
                $"'{key}' has a word mixing Latin and {script} letters ('{MappingFields.Shorten(word)}'), which can make it pass for another word; write it in one script.");
        }

        return value;
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
        if (fields.Node("authors") is YamlScalar { IsNull: false } single && single.Value.Contains(',', StringComparison.Ordinal))
        {
            fields.Diagnostics.Warning(DiagnosticCodes.AuthorsInOneString, fields.At(single),
                $"'authors' is one text with commas, so it is read as one author ('{MappingFields.Shorten(MappingFields.CollapseWhiteSpace(single.Value))}'); write a list, one name a line: '- A. One'.");
        }

        foreach (var item in fields.Items("authors"))
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } name when name.Value.Trim().Length > 0:
                    if (WarnIfMixedScripts(fields, "authors", fields.Line("authors", name), name) is { } nameOnly)
                    {
                        authors.Add(new Author(nameOnly));
                    }

                    break;
                case YamlMapping mapping:
                    var author = new MappingFields(mapping, fields.Path, AuthorKeys, fields.Diagnostics);
                    var authorName = WarnIfMixedScripts(author, "name", author.Line("name", required: true));
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
            // Checked before any tag is looked at, so five thousand tags cost no more than fifty-one.
            fields.Diagnostics.Error(DiagnosticCodes.TooLong, fields.At(fields.Node("tags")!),
                string.Create(CultureInfo.InvariantCulture, $"'tags' may hold at most {MaxTags} tags, got {items.Count:N0}."));
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

            var tag = WarnIfMixedScripts(fields, "tags", fields.Line("tag", scalar, MaxTagLength), scalar);
            if (tag is null)
            {
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

        if (mapping.Entries.Count > MaxLinks)
        {
            fields.Diagnostics.Error(DiagnosticCodes.TooLong, fields.At(mapping),
                string.Create(CultureInfo.InvariantCulture, $"'links' may hold at most {MaxLinks} links, got {mapping.Entries.Count:N0}."));
            return [];
        }

        var links = ImmutableArray.CreateBuilder<PaperLink>();
        foreach (var entry in mapping.Entries)
        {
            if (fields.Line("link name", entry.Key, MaxTagLength) is not { Length: > 0 } name)
            {
                if (entry.Key.Value.Trim().Length == 0)
                {
                    fields.Diagnostics.Error(DiagnosticCodes.EmptyValue, fields.At(entry.Key), "a link needs a name, such as code, project or pdf.");
                }

                continue;
            }

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
