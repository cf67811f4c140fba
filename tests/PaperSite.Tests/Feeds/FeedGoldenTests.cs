using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>
/// The site's feeds and daily digests in every format, compared whole with files kept beside this test
/// (<c>Feeds/Golden/</c>), so that any change to a feed shows as a diff in review. After an intended
/// change, regenerate them and read the diff:
/// <c>UPDATE_GOLDEN=1 dotnet test tests/PaperSite.Tests --filter FeedGoldenTests</c>.
/// A run that rewrites a golden file fails, so a run with UPDATE_GOLDEN set can never pass as a check.
/// </summary>
public sealed class FeedGoldenTests
{
    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("digest.xml")]
    [InlineData("digest.atom")]
    [InlineData("digest.json")]
    public void Feed_matches_its_golden_file(string path)
    {
        using var site = FeedSites.Build();
        var actual = site.Output(path);
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "PaperSite.Tests", "Feeds", "Golden", path);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
            Assert.Fail($"{golden} was rewritten because UPDATE_GOLDEN=1; read its diff, then run the tests without UPDATE_GOLDEN.");
        }

        Assert.True(File.Exists(golden), $"{golden} does not exist; create it with UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }
}
