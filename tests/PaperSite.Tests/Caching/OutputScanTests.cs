using PaperSite.Caching;

namespace PaperSite.Tests.Caching;

/// <summary>
/// What an incremental build compares the last site's file list with: every entry below the output folder, at any
/// depth, with its size and time, links marked and not followed.
/// </summary>
public sealed class OutputScanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("papersite-scan-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_file_at_every_depth_is_listed_with_its_size_and_time()
    {
        Write("index.html", "home");
        for (var i = 0; i < 300; i++)
        {
            Write($"papers/p{i}/index.html", new string('x', i));
        }

        Write("days/2025/10/31/index.html", "day");
        Write("a/b/c/d/e/f/deep.txt", "deep");
        Directory.CreateDirectory(Path.Combine(_root, "empty/inside"));
        var dated = Path.Combine(_root, "papers/p7/index.html");
        File.SetLastWriteTimeUtc(dated, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var listed = OutputManifest.Scan(_root);

        Assert.Equal(303, listed.Count);
        Assert.Equal(new FileState(7, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc).Ticks, Regular: true), listed["papers/p7/index.html"]);
        Assert.Equal(299, listed["papers/p299/index.html"].Size);
        Assert.True(listed["a/b/c/d/e/f/deep.txt"].Regular);
        Assert.Contains("days/2025/10/31/index.html", listed.Keys);
        Assert.Contains("index.html", listed.Keys);
        Assert.DoesNotContain(listed.Keys, path => path.StartsWith("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_are_listed_as_not_regular_and_a_linked_folder_is_not_entered()
    {
        Write("real/page.html", "page");
        var outside = Directory.CreateTempSubdirectory("papersite-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
            Directory.CreateSymbolicLink(Path.Combine(_root, "real/linked-folder"), outside);
            File.CreateSymbolicLink(Path.Combine(_root, "linked-file.html"), Path.Combine(_root, "real/page.html"));

            var listed = OutputManifest.Scan(_root);

            Assert.True(listed["real/page.html"].Regular);
            Assert.False(listed["real/linked-folder"].Regular);
            Assert.False(listed["linked-file.html"].Regular);
            Assert.DoesNotContain(listed.Keys, path => path.Contains("secret", StringComparison.Ordinal));
            Assert.Equal(3, listed.Count);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_lists_nothing() =>
        Assert.Empty(OutputManifest.Scan(Path.Combine(_root, "not-there")));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
