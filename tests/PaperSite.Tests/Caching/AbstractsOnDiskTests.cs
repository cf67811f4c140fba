using PaperSite.Model;
using PaperSite.Testing;
using PaperSite.Text;

namespace PaperSite.Tests.Caching;

/// <summary>
/// A large archive keeps its abstracts in a file for the build rather than in memory. Nothing a reader sees may
/// depend on it: the site is byte for byte the one built with the abstracts in memory, full or incremental, and a
/// page's fingerprint is the same either way, so crossing the threshold renders nothing again.
/// </summary>
public sealed class AbstractsOnDiskTests
{
    private const string Archive = """
        -- input/papers/2025/10/a.yaml --
        title: A paper on $x^2$
        date: 2025-10-10
        abstract: |
          About $x^2$ and *emphasis*, with a [link](https://example.org/a) and ünïcödé — “quotes”.

          A second paragraph.
        tags: [one]
        authors: [Ada Lovelace]
        -- input/papers/2025/10/b.yaml --
        title: B
        date: 2025-10-11
        abstract: About b, & < > " '.
        tags: [one, two]
        -- input/papers/2025/10/c.yaml --
        title: C
        date: 2025-10-12
        abstract: About c.
        tags: [two]
        """;

    [Fact]
    public void The_site_with_abstracts_on_disk_is_the_site_with_them_in_memory()
    {
        using var site = TestSite.Create(Archive);
        var inMemory = CachedBuild.Full(site, largeArchiveFrom: int.MaxValue);
        var onDisk = CachedBuild.Full(site, largeArchiveFrom: 0);

        Assert.Equal(inMemory.Keys, onDisk.Keys);
        Assert.All(inMemory.Keys, path => Assert.True(inMemory[path].AsSpan().SequenceEqual(onDisk[path]), path));
        Assert.Contains("and <em>emphasis</em>, with a", System.Text.Encoding.UTF8.GetString(onDisk.Single(f => f.Key.EndsWith("papers/a/index.html", StringComparison.Ordinal)).Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Incremental_builds_with_abstracts_on_disk_equal_a_full_build_and_crossing_the_threshold_renders_nothing_again()
    {
        using var site = TestSite.Create(Archive);
        CachedBuild.AgeSources(site);
        CachedBuild.Build(site, largeArchiveFrom: int.MaxValue);
        var before = CachedBuild.Identities(site.OutputFolder);

        // The first build with the abstracts on disk: only the pages that show the edited record are rendered, so
        // every other page's fingerprint is the one it had with the abstracts in memory.
        Edit(site, "b", "About b, edited.");
        CachedBuild.Build(site, largeArchiveFrom: 0);
        var rewritten = CachedBuild.Rewritten(before, CachedBuild.Identities(site.OutputFolder));
        Assert.Contains("papers/b/index.html", rewritten);
        Assert.DoesNotContain("papers/a/index.html", rewritten);
        Assert.DoesNotContain("papers/c/index.html", rewritten);
        CachedBuild.AssertSameAsFull(site, "the first build with the abstracts on disk");

        // The next, with the cached papers read back from the cache into the store and the edited one parsed into it.
        before = CachedBuild.Identities(site.OutputFolder);
        Edit(site, "a", "About a, edited, with $y$.");
        CachedBuild.Build(site, largeArchiveFrom: 0);
        rewritten = CachedBuild.Rewritten(before, CachedBuild.Identities(site.OutputFolder));
        Assert.Contains("papers/a/index.html", rewritten);
        Assert.DoesNotContain("papers/c/index.html", rewritten);
        CachedBuild.AssertSameAsFull(site, "an edit with the cached papers on disk");
    }

    [Fact]
    public void Kept_text_reads_back_as_it_was_and_compares_by_content()
    {
        using var store = TextStore.Create();
        var texts = Enumerable.Range(0, 200).Select(i => $"text {i}: ünïcödé {new string('x', i * 7)}").ToList();
        var kept = new CompactText[texts.Count];
        Parallel.For(0, texts.Count, i => kept[i] = new CompactText(texts[i]).KeptIn(store));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(texts[i], kept[i].ToString());
            Assert.Equal(new CompactText(texts[i]), kept[i]);
            Assert.Equal(new CompactText(texts[i]).GetHashCode(), kept[i].GetHashCode());
            Assert.Equal(new CompactText(texts[i]).ContentHash, kept[i].ContentHash);
        }

        Assert.NotEqual(kept[1], kept[2]);
        Assert.True(new CompactText("").KeptIn(store).IsEmpty);
        Assert.Equal("", new CompactText(null).KeptIn(store).ToString());
    }

    [Fact]
    public void A_paper_with_its_abstract_kept_is_equal_to_itself_in_memory_and_hashes_the_same()
    {
        using var store = TextStore.Create();
        var paper = new Paper { Id = "x", Title = "X", Date = new DateOnly(2025, 10, 10), SourcePath = "input/papers/x.yaml", AbstractHtml = "<p>About x.</p>", AbstractText = "About x." };
        var kept = paper.WithAbstractKeptIn(store);

        Assert.Equal("<p>About x.</p>", kept.AbstractHtml);
        Assert.Equal("About x.", kept.AbstractText);
        Assert.Equal(paper, kept);
        Assert.Equal(new PaperSite.Caching.StateHash().Of(paper), new PaperSite.Caching.StateHash().Of(kept));
        Assert.NotEqual(new PaperSite.Caching.StateHash().Of(paper), new PaperSite.Caching.StateHash().Of(paper with { AbstractText = "About y." }));
    }

    private static void Edit(TestSite site, string name, string abstractText)
    {
        var path = $"input/papers/2025/10/{name}.yaml";
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        var start = text.IndexOf("abstract:", StringComparison.Ordinal);
        var end = text.IndexOf("\ntags:", StringComparison.Ordinal);
        site.Write(path, text[..start] + "abstract: " + abstractText + text[end..]);
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, path), DateTime.UtcNow.AddMinutes(-30));
    }
}
