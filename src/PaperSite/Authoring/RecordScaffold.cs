using PaperSite.Text;
using System.Collections.Immutable;
using PaperSite.Indexing;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Pipeline;

namespace PaperSite.Authoring;

/// <summary>
/// Creates a new record at <c>input/papers/&lt;yyyy&gt;/&lt;MM&gt;/&lt;id&gt;.yaml</c>, never overwriting a file,
/// and never reusing an id that a record in the archive already has.
/// </summary>
internal static class RecordScaffold
{
    public sealed record Outcome(string? Path, string? Problem);

    /// <summary>The abstract a scaffolded record starts with; a record still holding it is warned about (PS0124).</summary>
    public const string PlaceholderAbstract = "Write the abstract here. Markdown works; inline math as $...$.";

    /// <summary>The id a new paper gets: its arXiv id without the version (old-style '/' becomes '-'), else a slug of the title with accents folded to ASCII.</summary>
    public static string IdFor(string title, string? arxivId)
    {
        if (arxivId is not null)
        {
            var withoutVersion = System.Text.RegularExpressions.Regex.Replace(arxivId, "v[0-9]+\\z", "");
            return withoutVersion.Replace('/', '-').ToLowerInvariant();
        }

        var slug = Slugs.Of(Tag.KeyOf(AsciiFolding.Fold(title)));
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    /// <summary>Creates the record against the ids on disk (<see cref="Importing.KnownPapers.IdsOnDisk"/>), read once per command.</summary>
    public static Outcome Create(SiteSources sources, Paper paper, IReadOnlyDictionary<string, string> existing)
    {
        if (!Identifiers.IsPaperId(paper.Id))
        {
            return new Outcome(null, $"'{paper.Id}' cannot be a paper id.");
        }

        if (existing.TryGetValue(paper.Id, out var taken))
        {
            return new Outcome(null, $"the id '{paper.Id}' is already used by {sources.Relative(taken)}.");
        }

        var path = PathFor(sources, paper);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(RecordWriter.Write(paper));
        }
        catch (IOException) when (File.Exists(path))
        {
            return new Outcome(null, $"{sources.Relative(path)} already exists; it was not changed.");
        }

        return new Outcome(path, null);
    }

    /// <summary>Where a new record goes: <c>input/papers/&lt;yyyy&gt;/&lt;MM&gt;/&lt;id&gt;.yaml</c>, by its listing day.</summary>
    public static string PathFor(SiteSources sources, Paper paper) =>
        Path.Combine(
            sources.PapersFolder,
            paper.Date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
            paper.Date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            paper.Id + ".yaml");
}
