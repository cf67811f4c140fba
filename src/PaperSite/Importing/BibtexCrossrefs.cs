using PaperSite.Diagnostics;

namespace PaperSite.Importing;

/// <summary>
/// Follows <c>crossref</c>, as BibTeX and biblatex do: a paper gets the fields it lacks from the entry it
/// names (its proceedings or book), the parent's title becoming its <c>booktitle</c>. What says which paper
/// it is (title, DOI, URL, eprint, abstract, keywords) is never inherited. A proceedings or book that papers
/// name this way is a container, not a paper, and is not imported itself.
/// </summary>
internal static class BibtexCrossrefs
{
    private static readonly HashSet<string> Inherited = new(StringComparer.Ordinal)
    {
        "date", "year", "month", "day", "booktitle", "publisher", "address", "location", "editor", "series", "volume", "organization",
    };

    private static readonly HashSet<string> ContainerTypes = new(StringComparer.Ordinal)
    {
        "proceedings", "mvproceedings", "book", "mvbook", "collection", "mvcollection", "periodical",
    };

    public static IReadOnlyList<BibtexEntry> Resolve(IReadOnlyList<BibtexEntry> entries, string path, DiagnosticBag diagnostics)
    {
        var byKey = new Dictionary<string, BibtexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => e.Key.Length > 0))
        {
            byKey.TryAdd(entry.Key, entry);
        }

        var containers = new HashSet<BibtexEntry>(ReferenceEqualityComparer.Instance);
        var resolved = new List<BibtexEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.Field("crossref") is not { } crossref)
            {
                resolved.Add(entry);
                continue;
            }

            var parentKey = crossref.Value.Trim().Trim('{', '}').Trim();
            if (!byKey.TryGetValue(parentKey, out var parent))
            {
                diagnostics.Warning(DiagnosticCodes.ImportDroppedValue, new SourceLocation(path, crossref.Line, crossref.Column),
                    $"'crossref' of {entry.Label} names '{parentKey}', which is not in this file; nothing was inherited from it.");
                resolved.Add(entry);
                continue;
            }

            if (ContainerTypes.Contains(parent.Type))
            {
                containers.Add(parent);
            }

            resolved.Add(Inherit(entry, parent));
        }

        return resolved.Where(e => !containers.Contains(e)).ToList();
    }

    private static BibtexEntry Inherit(BibtexEntry child, BibtexEntry parent)
    {
        var fields = child.Fields.ToList();
        foreach (var field in parent.Fields)
        {
            var name = field.Name == "title" ? "booktitle" : field.Name;
            if (Inherited.Contains(name) && child.Field(name) is null && fields.All(f => f.Name != name))
            {
                fields.Add(field with { Name = name });
            }
        }

        return child with { Fields = fields };
    }
}
