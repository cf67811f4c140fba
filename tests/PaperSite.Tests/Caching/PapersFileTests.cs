using PaperSite.Caching;
using PaperSite.Testing;

namespace PaperSite.Tests.Caching;

/// <summary>
/// The papers file after a build that parsed some records: the papers it read from the last file are copied over as
/// they were, the ones parsed are serialised, and a build reading the copied file gives the site a full build gives.
/// </summary>
public sealed class PapersFileTests
{
    private const string Archive = """
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        abstract: About $x^2$ and *a*.
        tags: [one]
        authors: [Ada Lovelace]
        -- input/papers/b.yaml --
        title: B
        date: 2025-10-11
        abstract: About b.
        tags: [one, two]
        -- input/papers/c.yaml --
        title: C
        date: 2025-10-12
        abstract: About c.
        tags: [two]
        """;

    [Fact]
    public void After_some_records_are_parsed_the_others_are_copied_as_they_were_and_read_back_as_a_full_build()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);

        // a's entry spelt another way (the same JSON, padded): serialising a again would not give these bytes, copying does.
        var papersFile = Path.Combine(site.Root, BuildCache.FolderName, RecordCache.PapersFileName);
        var (header, before) = Entries(papersFile);
        var padded = System.Text.Encoding.UTF8.GetBytes("  " + System.Text.Encoding.UTF8.GetString(before[0]) + "  ");
        CacheFile.Write(papersFile, header, [padded, before[1], before[2]]);

        site.Write("input/papers/b.yaml", "title: B\ndate: 2025-10-11\nabstract: About b, edited.\ntags: [one, two]\n");
        CachedBuild.AgeSources(site);
        var changed = CachedBuild.Build(site);
        Assert.Contains(changed.Notes, note => note.Contains("records: 1 parsed", StringComparison.Ordinal));
        var (_, after) = Entries(papersFile);

        Assert.Equal(3, after.Count);
        Assert.Equal(padded, after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.Equal(before[2], after[2]);
        CachedBuild.AssertSameAsFull(site, "a build that copied papers");

        // The next build reads the file just written, copied entries and all.
        site.Write("input/papers/c.yaml", "title: C\ndate: 2025-10-12\nabstract: About c, edited.\ntags: [two]\n");
        CachedBuild.AgeSources(site);
        var next = CachedBuild.Build(site);
        Assert.Contains(next.Notes, note => note.Contains("records: 1 parsed,", StringComparison.Ordinal));
        Assert.Equal(padded, Entries(papersFile).Entries[0]);
        CachedBuild.AssertSameAsFull(site, "a build that read copied papers");
    }

    [Fact]
    public void A_paper_is_kept_as_the_site_shows_it_with_its_markup_as_written_and_no_second_copy_in_markdown()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site);

        var papersFile = Path.Combine(site.Root, BuildCache.FolderName, RecordCache.PapersFileName);
        var entry = System.Text.Encoding.UTF8.GetString(Entries(papersFile).Entries[0]);
        Assert.Contains("\"AbstractHtml\":\"<p>About <math", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u003C", entry, StringComparison.Ordinal);
        Assert.Contains("\"Abstract\":null", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("*a*", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_is_copied_only_while_the_file_still_holds_it()
    {
        using var folder = TestSite.Create("");
        var path = Path.Combine(folder.Root, "entries.bin");
        var header = new CacheHeader("test", CacheFile.FormatVersion, BuildCache.EngineVersion, null, 2, "");
        CacheFile.Write(path, header, [[1, 2, 3], [4, 5, 6, 7]]);
        var locations = new List<CacheFile.EntryLocation>();
        using (var reader = new CacheFile.Reader(path))
        {
            while (reader.Next() is not null)
            {
                locations.Add(reader.Last);
            }
        }

        using (var file = File.OpenHandle(path))
        {
            Assert.Equal([4, 5, 6, 7], CacheFile.ReadAt(file, locations[1]));
            Assert.Equal([1, 2, 3], CacheFile.ReadAt(file, locations[0]));
            Assert.Null(CacheFile.ReadAt(file, locations[1] with { Offset = locations[1].Offset + 1 }));
            Assert.Null(CacheFile.ReadAt(file, locations[1] with { Offset = RandomAccess.GetLength(file) }));
        }

        // Another file of the same shape whose entry differs: its bytes are not taken for the old entry.
        CacheFile.Write(path, header, [[1, 2, 3], [4, 5, 6, 8]]);
        using (var file = File.OpenHandle(path))
        {
            Assert.Null(CacheFile.ReadAt(file, locations[1]));
            Assert.Equal([1, 2, 3], CacheFile.ReadAt(file, locations[0]));
        }
    }

    private static (CacheHeader Header, List<byte[]> Entries) Entries(string path)
    {
        using var reader = new CacheFile.Reader(path);
        var entries = new List<byte[]>();
        while (reader.Next() is { } entry)
        {
            entries.Add(entry);
        }

        return (reader.Header, entries);
    }
}
