using System.Globalization;
using System.Text;
using PaperSite.Testing;

namespace PaperSite.Tests.Faults;

/// <summary>Writes many small records into a test site, so a build takes long enough to be interrupted.</summary>
internal static class ArchiveGenerator
{
    public static void AddPapers(TestSite site, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2025, 1, 1).AddDays(i % 200);
            var record = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"title: Generated paper {i}\n")
                .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n")
                .Append("abstract: |\n  ").Append(string.Join(' ', Enumerable.Repeat("A sentence about *models* and $x^2$.", 20))).Append('\n')
                .Append(CultureInfo.InvariantCulture, $"tags: [topic {i % 37}, topic {i % 11}]\n")
                .Append(CultureInfo.InvariantCulture, $"upvotes: {i % 50}\n")
                .ToString();
            site.Write($"input/papers/{date:yyyy}/{date:MM}/p{i}.yaml", record);
        }
    }
}
