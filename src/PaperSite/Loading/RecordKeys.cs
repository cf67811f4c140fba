using PaperSite.Diagnostics;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>
/// The keys that identify a paper (id, arxiv, doi, title), read leniently from a record that did not
/// load, so a record with an error elsewhere still names its paper. Its problems were already reported
/// by the strict reading; this one reports nothing.
/// </summary>
internal static class RecordKeys
{
    public static RecordFile Read(ReadOnlySpan<byte> bytes, string path, string fullPath)
    {
        var ignored = new DiagnosticBag();
        var text = SourceText.Decode(bytes, path, ignored);
        var mapping = text is null ? null : YamlDocumentReader.Read(text, path, ignored) as YamlMapping;
        var fileId = System.IO.Path.GetFileNameWithoutExtension(path);
        return new RecordFile(path, fullPath, Scalar(mapping, "id") ?? fileId, Scalar(mapping, "arxiv"), Scalar(mapping, "doi"), Scalar(mapping, "title"), Paper: null);
    }

    private static string? Scalar(YamlMapping? mapping, string key) =>
        mapping?.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0
            ? scalar.Value.Trim()
            : null;
}
