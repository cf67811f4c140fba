using System.ComponentModel;
using System.Diagnostics;
using PaperSite.Testing;

namespace PaperSite.Tests.Feeds;

/// <summary>
/// Every Atom feed validated against RFC 4287's RELAX NG schema (<c>atom.rnc</c>, Appendix B) by jing.
/// jing is required: without it these tests fail rather than skip, so a CI image missing it is noticed.
/// </summary>
public sealed class AtomSchemaTests
{
    private static readonly string Schema = Path.Combine(AppContext.BaseDirectory, "Feeds", "atom.rnc");

    [Fact]
    public void Every_Atom_feed_is_valid_against_the_RFC_4287_schema()
    {
        using var site = FeedSites.Build();
        using var summaries = FeedSites.Build(FeedSites.Archive + "\n" + """
            -- input/site.yaml --
            title: Summaries
            base_url: https://example.org/summaries/
            feed_content: summary
            """);
        using var empty = TestSite.Create("");
        Assert.True(empty.Build().Succeeded);

        string[] files =
        [
            .. FeedSites.AtomFeeds.Select(path => Path.Combine(site.OutputFolder, path)),
            .. FeedSites.AtomFeeds.Select(path => Path.Combine(summaries.OutputFolder, path)),
            Path.Combine(empty.OutputFolder, "atom.xml"),
            Path.Combine(empty.OutputFolder, "digest.atom"),
        ];
        var (exitCode, output) = Jing(files);

        Assert.True(exitCode == 0, $"jing found problems:\n{output}");
    }

    [Fact]
    public void The_schema_check_rejects_an_entry_without_an_id()
    {
        using var site = FeedSites.Build();
        var broken = Path.Combine(site.Root, "broken.atom");
        File.WriteAllText(broken, site.Output("atom.xml").Replace("<id>https://example.org/archive/papers/trimpi/</id>", "", StringComparison.Ordinal));

        var (exitCode, output) = Jing(broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("missing required element \"id\"", output);
    }

    private static (int ExitCode, string Output) Jing(params string[] files)
    {
        var start = new ProcessStartInfo("jing")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Schema);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"jing validates the Atom feeds and could not be started ({error.Message}). Install it: apt-get update && apt-get install -y jing");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }
    }
}
