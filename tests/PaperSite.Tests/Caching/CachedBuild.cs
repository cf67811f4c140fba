using System.Diagnostics;
using System.Globalization;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Caching;

/// <summary>Builds with and without the build cache, and what the file system says about the output's files.</summary>
internal static class CachedBuild
{
    /// <param name="largeArchiveFrom">From how many records the build keeps abstracts on disk (<see cref="BuildOptions.LargeArchiveFrom"/>); null for the default.</param>
    public static BuildResult Build(TestSite site, bool strict = false, int? largeArchiveFrom = null)
    {
        var result = SiteBuilder.Build(WithLargeArchiveFrom(new BuildOptions { Root = site.Root, Strict = strict }, largeArchiveFrom));
        Assert.True(result.Succeeded || strict, DiagnosticText.Of(result.Diagnostics));
        return result;
    }

    /// <summary>A full build without the cache, into a folder of its own: what an incremental build must equal.</summary>
    public static SortedDictionary<string, byte[]> Full(TestSite site, int? largeArchiveFrom = null)
    {
        var folder = Path.Combine(site.Root, "full-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(WithLargeArchiveFrom(new BuildOptions { Root = site.Root, OutputFolder = folder, UseCache = false }, largeArchiveFrom));
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Equal(0, result.FilesKept);
        var files = site.Snapshot(folder);
        Directory.Delete(folder, recursive: true);
        return files;
    }

    private static BuildOptions WithLargeArchiveFrom(BuildOptions options, int? largeArchiveFrom) =>
        largeArchiveFrom is { } records ? options with { LargeArchiveFrom = records } : options;

    /// <summary>Asserts the output is byte for byte the full build's, naming the first difference.</summary>
    public static void AssertSameAsFull(TestSite site, string after)
    {
        var expected = Full(site);
        var actual = site.Snapshot();
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        var different = expected.Keys.Intersect(actual.Keys).Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"after {after}: missing {string.Join(", ", missing)}; extra {string.Join(", ", extra)}; different {string.Join(", ", different)}");
    }

    /// <summary>Every output file's inode and modification time (nanoseconds), from find(1): .NET has no inode.</summary>
    public static Dictionary<string, (long Inode, string Modified)> Identities(string folder)
    {
        var start = new ProcessStartInfo("find", [folder, "-type", "f", "-printf", "%P\t%i\t%T@\n"]) { RedirectStandardOutput = true };
        using var find = Process.Start(start)!;
        var text = find.StandardOutput.ReadToEnd();
        find.WaitForExit();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => (long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]), StringComparer.Ordinal);
    }

    /// <summary>The inode of a folder itself.</summary>
    public static long InodeOf(string folder)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%i", folder]) { RedirectStandardOutput = true };
        using var stat = Process.Start(start)!;
        var text = stat.StandardOutput.ReadToEnd();
        stat.WaitForExit();
        return long.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The files whose inode or time changed between two listings, or that are new.</summary>
    public static List<string> Rewritten(Dictionary<string, (long Inode, string Modified)> before, Dictionary<string, (long Inode, string Modified)> after) =>
        [.. after.Where(file => !before.TryGetValue(file.Key, out var old) || old != file.Value).Select(file => file.Key).Order(StringComparer.Ordinal)];

    /// <summary>Moves every source file's time an hour back, so the cache may trust sizes and times (it distrusts recent ones).</summary>
    public static void AgeSources(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }
}
