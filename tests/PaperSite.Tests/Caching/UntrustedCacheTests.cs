using System.Text.Json;
using PaperSite.Caching;
using PaperSite.Testing;

namespace PaperSite.Tests.Caching;

/// <summary>A cache that is damaged, from another engine or theme, or possibly out of date is never trusted: the build is a full one and says why.</summary>
public sealed class UntrustedCacheTests
{
    private const string Archive = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: About a.
        tags: [one]
        -- input/papers/b.yaml --
        title: B
        date: 2025-10-11
        abstract: About b.
        tags: [one, two]
        """;

    public static TheoryData<string> Damages => new(["cut short", "one byte flipped", "empty", "not a cache", "entry count wrong", "entry count negative", "entry count past the file"]);

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_records_file_makes_every_record_read_again(string damage)
    {
        using var site = Built();
        Damage(RecordsFile(site), damage);
        site.Write("input/papers/a.yaml", "title: A again\ndate: 2025-10-10\nabstract: About a.\ntags: [one]\n");

        var result = CachedBuild.Build(site);

        Assert.Contains(result.Notes, note => note.StartsWith("build cache: .papersite-cache/records.bin cannot be used", StringComparison.Ordinal));
        Assert.Contains("build cache: records: 2 parsed, 0 read and found unchanged, 0 unchanged by size and time.", result.Notes);
        CachedBuild.AssertSameAsFull(site, damage);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_file_list_makes_every_file_rendered_again(string damage)
    {
        using var site = Built();
        Damage(OutputList(site), damage);

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains(result.Notes, note => note.Contains("cannot be used", StringComparison.Ordinal) && note.Contains("every file is rendered", StringComparison.Ordinal));
        CachedBuild.AssertSameAsFull(site, damage);
    }

    [Fact]
    public void Only_a_file_that_cannot_be_used_sends_a_build_the_long_way_not_a_fault_of_the_build()
    {
        // Entries are decoded on every core, so a damaged one comes wrapped; a bug wrapped the same way must still surface.
        Assert.True(CacheFile.Unusable(new InvalidDataException("an entry fails its checksum")));
        Assert.True(CacheFile.Unusable(new AggregateException(new JsonException("not JSON"), new InvalidDataException("an entry is empty"))));
        Assert.False(CacheFile.Unusable(new AggregateException(new JsonException("not JSON"), new InvalidOperationException("a fault of the build"))));
        Assert.False(CacheFile.Unusable(new AggregateException()));
        Assert.False(CacheFile.Unusable(new InvalidOperationException("a fault of the build")));
        Assert.Equal("not JSON", CacheFile.Reason(new AggregateException(new JsonException("not JSON."))));
    }

    [Fact]
    public void A_cache_from_another_engine_is_not_used()
    {
        using var site = Built();
        foreach (var path in new[] { RecordsFile(site), OutputList(site) })
        {
            Rewrite(path, header => header with { Engine = "0.0.1/another" });
        }

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains("build cache: .papersite-cache/records.bin was written by another version of PaperSite; every record is read.", result.Notes);
        Assert.Contains(result.Notes, note => note.EndsWith("was written by another version of PaperSite; every file is rendered.", StringComparison.Ordinal));
        CachedBuild.AssertSameAsFull(site, "a foreign cache");
    }

    [Fact]
    public void A_file_list_from_another_theme_is_not_used()
    {
        using var site = Built();
        Rewrite(OutputList(site), header => header with { Theme = "another" });

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains("build cache: the theme changed since output was built; every file is rendered.", result.Notes);
    }

    [Fact]
    public void A_missing_cache_gives_a_full_build_and_says_so()
    {
        using var site = TestSite.Create(Archive);

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains("build cache: none yet (.papersite-cache/ is made now); this is a full build.", result.Notes);
        Assert.True(File.Exists(RecordsFile(site)));
    }

    [Fact]
    public void A_build_stopped_while_publishing_leaves_a_file_list_that_is_not_trusted()
    {
        using var site = Built();
        File.WriteAllBytes(OutputList(site) + ".publishing", []);

        var result = CachedBuild.Build(site);

        Assert.Equal(0, result.FilesKept);
        Assert.Contains("build cache: the last build into output was stopped while publishing; every file is rendered.", result.Notes);
        Assert.False(File.Exists(OutputList(site) + ".publishing"));
        Assert.Equal(CachedBuild.Build(site).FilesWritten, CachedBuild.Build(site).FilesKept);
    }

    [Fact]
    public void An_out_of_date_file_list_never_keeps_a_file_that_was_rendered_since()
    {
        // As if the list had not been written after a publish: it describes the site before last.
        using var site = Built();
        var stale = File.ReadAllBytes(OutputList(site));
        site.Write("input/papers/a.yaml", "title: A changed\ndate: 2025-10-10\nabstract: About a.\ntags: [one]\n");
        CachedBuild.Build(site);
        File.WriteAllBytes(OutputList(site), stale);

        // Back to the inputs the stale list was made from: its fingerprints match, but the files in place are newer.
        site.Write("input/papers/a.yaml", "title: A\ndate: 2025-10-10\nabstract: About a.\ntags: [one]\n");
        CachedBuild.Build(site);

        CachedBuild.AssertSameAsFull(site, "a stale file list");
    }

    [Fact]
    public void A_file_edited_in_the_output_is_rendered_again()
    {
        using var site = Built();
        site.Write("output/papers/a/index.html", "edited by hand");
        File.Delete(Path.Combine(site.OutputFolder, "papers/b/index.html"));
        site.Write("output/stray.html", "not from the build");

        var result = CachedBuild.Build(site);

        Assert.Equal(result.FilesWritten - 2, result.FilesKept);
        CachedBuild.AssertSameAsFull(site, "editing the output");
    }

    [Fact]
    public void A_build_that_fails_after_reading_the_records_leaves_the_cache_as_it_was_and_no_file_half_made()
    {
        using var site = Built();
        var folder = Path.Combine(site.Root, BuildCache.FolderName);
        var before = site.Snapshot(folder);

        // A new record dated ahead of today: read and parsed, its cache entry begun, and then --strict fails the build.
        site.Write("input/papers/c.yaml", "title: C\ndate: 2025-10-12\nabstract: About c.\n");
        var options = new PaperSite.Pipeline.BuildOptions { Root = site.Root, Strict = true, Today = new DateOnly(2025, 10, 1) };
        var result = PaperSite.Pipeline.SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0123");
        var after = site.Snapshot(folder);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));

        // The files begun in the background are gone, not left to be finished after the build returned.
        CachedBuild.Build(site);
        Assert.DoesNotContain(site.Snapshot(folder).Keys, name => name.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Contains("About c.", site.Output("papers/c/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_cache_nothing_is_read_or_written_in_it()
    {
        using var site = TestSite.Create(Archive);

        var result = PaperSite.Pipeline.SiteBuilder.Build(new PaperSite.Pipeline.BuildOptions { Root = site.Root, UseCache = false });

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notes);
        Assert.False(Directory.Exists(Path.Combine(site.Root, BuildCache.FolderName)));
    }

    private static TestSite Built()
    {
        var site = TestSite.Create(Archive);
        CachedBuild.Build(site);
        return site;
    }

    private static string RecordsFile(TestSite site) => Path.Combine(site.Root, BuildCache.FolderName, RecordCache.FileName);

    private static string OutputList(TestSite site) => Directory.GetFiles(Path.Combine(site.Root, BuildCache.FolderName), "output-*.bin").Single();

    private static void Damage(string path, string damage)
    {
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "cut short":
                File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
                break;
            case "one byte flipped":
                bytes[bytes.Length - 40] ^= 0x20;
                File.WriteAllBytes(path, bytes);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "not a cache":
                File.WriteAllText(path, "{\"kind\": \"records\"}");
                break;
            case "entry count wrong":
                Rewrite(path, header => header with { Count = header.Count + 1 });
                break;
            case "entry count negative":
                Rewrite(path, header => header with { Count = -1 });
                break;
            case "entry count past the file":
                // What a reader would make room for before reading: more entries than the file has bytes for.
                Rewrite(path, header => header with { Count = int.MaxValue });
                break;
            default:
                throw new ArgumentException(damage);
        }
    }

    /// <summary>Writes the file again, whole and with good checksums, with its header changed.</summary>
    private static void Rewrite(string path, Func<CacheHeader, CacheHeader> change)
    {
        var entries = new List<byte[]>();
        CacheHeader header;
        using (var reader = new CacheFile.Reader(path))
        {
            header = reader.Header;
            while (reader.Next() is { } entry)
            {
                entries.Add(entry);
            }
        }

        var changed = change(header);
        Assert.NotEqual(header, changed);
        CacheFile.Write(path, changed, entries);
        Assert.NotNull(JsonSerializer.Serialize(changed));
    }
}
