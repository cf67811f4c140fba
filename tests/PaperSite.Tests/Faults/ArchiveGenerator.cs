using System.Globalization;
using PaperSite.Testing;

namespace PaperSite.Tests.Faults;

/// <summary>Writes many plausible records into a test site, enough for a build to take a moment.</summary>
internal static class ArchiveGenerator
{
    public static void AddPapers(TestSite site, int count, string prefix = "p", int abstractWords = 20)
    {
        var words = string.Join(' ', Enumerable.Repeat("word", abstractWords));
        for (var i = 0; i < count; i++)
        {
            var month = (i % 12) + 1;
            site.Write(
                string.Create(CultureInfo.InvariantCulture, $"input/papers/2025/{month:00}/{prefix}{i:0000}.yaml"),
                string.Create(CultureInfo.InvariantCulture, $"title: Paper {prefix} {i}\ndate: 2025-{month:00}-{(i % 28) + 1:00}\nabstract: About $x^{i}$ and *this*, {words}.\ntags: [t{i % 40}, group {i % 7}]\nauthors: [Ada Lovelace, Alan Turing]\nupvotes: {i % 17}\n"));
        }
    }

    /// <summary>Whether two snapshots hold the same paths with the same bytes.</summary>
    public static bool Same(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(file => b.TryGetValue(file.Key, out var other) && file.Value.AsSpan().SequenceEqual(other));
}
