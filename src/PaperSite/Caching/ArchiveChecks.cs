using PaperSite.Diagnostics;

namespace PaperSite.Caching;

/// <summary>
/// What the checks across records (the same paper twice, near-identical titles, days still to come) and the index
/// reported in the last build, keyed by everything they are computed from: the fingerprint of the inputs and today's
/// date. A build that finds every record unchanged reports them again from here instead of reading every record.
/// </summary>
internal static class ArchiveChecks
{
    public const string FileName = "checks.bin";
    private const string Kind = "checks";

    public static string Key(string inputs, DateOnly today) => $"{inputs} {today:yyyy-MM-dd}";

    /// <summary>The diagnostics saved under <paramref name="key"/>, or null when there are none for it or the file cannot be used.</summary>
    public static Diagnostic[]? Load(BuildCache cache, string key)
    {
        var path = Path.Combine(cache.Folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new CacheFile.Reader(path);
            if (!reader.Header.IsCurrent(Kind) || reader.Header.Key != key)
            {
                return null;
            }

            return [.. CacheFile.Decode(reader, CacheJson.Files.Diagnostic)];
        }
        catch (Exception error) when (CacheFile.Unusable(error))
        {
            cache.Note($"{cache.Display(path)} cannot be used ({CacheFile.Reason(error)}); the records are read and checked again.");
            return null;
        }
    }

    public static void Save(BuildCache cache, string key, IReadOnlyList<Diagnostic> found)
    {
        var path = Path.Combine(cache.Folder, FileName);
        var header = new CacheHeader(Kind, CacheFile.FormatVersion, BuildCache.EngineVersion, null, found.Count, key);
        cache.Save(cache.Display(path), () => CacheFile.Write(path, header, CacheFile.Encode(found, d => d, CacheJson.Files.Diagnostic)));
    }
}
