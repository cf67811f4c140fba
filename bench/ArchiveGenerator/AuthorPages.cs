using System.Collections.Concurrent;
using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Which authors get a page of their own: PaperSite gives one to every author with at least
/// <see cref="SiteFacts.AuthorMinPapers"/> papers, names matched as PaperSite matches them (case and runs of
/// white space ignored). Hugo renders a page for every term of a taxonomy and cannot leave the small ones out,
/// so the Hugo site's <c>authors</c> taxonomy lists only these names, counted here in a pass over the archive
/// before any paper is written.
/// </summary>
internal sealed class AuthorPages
{
    private readonly HashSet<string> _keys;

    private AuthorPages(HashSet<string> keys) => _keys = keys;

    public static AuthorPages Count(PaperFactory factory, int papers)
    {
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Parallel.For(0, papers, index =>
        {
            foreach (var key in factory.Create(index).Authors.Select(a => KeyOf(a.Name)).Distinct(StringComparer.Ordinal))
            {
                counts.AddOrUpdate(key, 1, (_, n) => n + 1);
            }
        });

        return new AuthorPages(counts.Where(pair => pair.Value >= SiteFacts.AuthorMinPapers).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal));
    }

    public bool HasPage(string name) => _keys.Contains(KeyOf(name));

    /// <summary>PaperSite's key of a name (<c>Tag.KeyOf</c>): trimmed, runs of white space as one space, lowercase.</summary>
    private static string KeyOf(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(word);
        }

        return builder.ToString().ToLowerInvariant();
    }
}
