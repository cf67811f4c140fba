using PaperSite.Testing;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// Git stores symbolic links, so a pull request can add one pointing anywhere on the machine that
/// builds the site. None is ever followed, and none is ignored silently.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private const string Secret = "SECRET-7f3a9c-MUST-NOT-LEAK";
    private const string Good = "-- input/papers/good.yaml --\ntitle: Good\ndate: 2025-10-10\nabstract: Fine.\n";

    // Outside every test site: what a link would reach.
    private readonly string _outside = Directory.CreateTempSubdirectory("papersite-outside-").FullName;

    public SymbolicLinkTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), $"title: {Secret}\ndate: 2025-10-10\nabstract: {Secret}\n");
        File.WriteAllText(Path.Combine(_outside, "site.yaml"), $"title: {Secret}\nbase_url: https://example.org/{Secret}/\n");
    }

    [Fact]
    public void A_record_linked_from_outside_input_is_reported_and_not_read()
    {
        using var site = TestSite.Create(Good);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/papers/stolen.yaml"), Path.Combine(_outside, "secret.yaml"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal("input/papers/stolen.yaml: warning PS0009: this is a symbolic link; records must be real files inside input/papers/, so it is not followed.",
            Assert.Single(result.Diagnostics).ToString());
        AssertNoLeak(site);
    }

    [Fact]
    public void A_linked_folder_is_reported_and_not_entered()
    {
        using var site = TestSite.Create(Good);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/papers/elsewhere"), _outside);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal("input/papers/elsewhere: warning PS0009: this is a symbolic link; records must be real files inside input/papers/, so it is not followed.",
            Assert.Single(result.Diagnostics).ToString());
        AssertNoLeak(site);
    }

    [Fact]
    public void A_dangling_link_is_reported_too()
    {
        using var site = TestSite.Create(Good);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/papers/gone.yaml"), Path.Combine(_outside, "no-such-file.yaml"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal("PS0009", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_link_that_is_not_a_record_is_none_of_the_builds_business()
    {
        using var site = TestSite.Create(Good);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/papers/README"), Path.Combine(_outside, "secret.yaml"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("input/papers")]
    [InlineData("input")]
    public void A_linked_source_folder_is_an_error_and_nothing_is_read_through_it(string folder)
    {
        using var site = TestSite.Create("");
        var path = Path.Combine(site.Root, folder);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateSymbolicLink(path, _outside);

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal($"{folder}: error PS0009: this folder is a symbolic link; the site's sources must be real folders inside the site root, so nothing is read through it.",
            Assert.Single(result.Diagnostics).ToString());
        AssertNoLeak(site);
    }

    [Fact]
    public void A_linked_site_yaml_is_an_error_and_is_not_read()
    {
        using var site = TestSite.Create(Good, withDefaultSettings: false);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/site.yaml"), Path.Combine(_outside, "site.yaml"));

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal("input/site.yaml: error PS0009: this is a symbolic link; sources must be real files inside input/, so it is not read.",
            Assert.Single(result.Diagnostics).ToString());
        AssertNoLeak(site);
    }

    [Fact]
    public void A_linked_output_folder_is_replaced_by_the_build_and_its_target_left_alone()
    {
        using var site = TestSite.Create(Good);
        Directory.CreateSymbolicLink(site.OutputFolder, _outside);
        var outsideBefore = site.Snapshot(_outside);

        var result = site.Build();
        site.Build();

        Assert.True(result.Succeeded, Testing.DiagnosticText.Of(result.Diagnostics));
        Assert.Null(new DirectoryInfo(site.OutputFolder).LinkTarget);
        Assert.True(site.OutputExists("papers/good/index.html"));
        Assert.Equal(outsideBefore, site.Snapshot(_outside));
    }

    [Fact]
    public void A_linked_lock_file_is_refused_and_its_target_never_created()
    {
        using var site = TestSite.Create(Good);
        var target = Path.Combine(_outside, "created-by-the-build");
        File.CreateSymbolicLink(Path.Combine(site.Root, ".output.lock"), target);

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal("output: error PS0401: the lock file .output.lock beside the output folder is a symbolic link; remove it.", Assert.Single(result.Diagnostics).ToString());
        Assert.False(File.Exists(target));
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    [Theory]
    [InlineData("theme/assets/leak.txt", "secret.yaml")]
    [InlineData("theme/templates/partials/paper-card.html", "secret.yaml")]
    [InlineData("theme/assets/more", "")]
    [InlineData("theme", "")]
    public void A_symbolic_link_anywhere_in_the_theme_is_an_error_and_nothing_is_published_through_it(string link, string target)
    {
        using var site = TestSite.Create(Good + "-- theme/assets/extra.css --\nbody {}\n");
        var linkPath = Path.Combine(site.Root, link);
        var targetPath = Path.Combine(_outside, target);
        if (link == "theme")
        {
            Directory.Delete(linkPath, recursive: true);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(linkPath)!);
        }

        if (Directory.Exists(targetPath))
        {
            Directory.CreateSymbolicLink(linkPath, targetPath);
        }
        else
        {
            File.CreateSymbolicLink(linkPath, targetPath);
        }

        var result = site.BuildExpectingFailure();

        Assert.False(result.Succeeded);
        Assert.Equal($"{link}: error PS0009: this is a symbolic link; a theme's files must be real files inside theme/, so nothing is read through it.",
            Assert.Single(result.Diagnostics).ToString());
        Assert.False(Directory.Exists(site.OutputFolder));
        Assert.False(site.Check().Succeeded);
    }

    private static void AssertNoLeak(TestSite site)
    {
        Assert.All(site.Snapshot(), file => Assert.DoesNotContain(Secret, System.Text.Encoding.UTF8.GetString(file.Value), StringComparison.Ordinal));
    }
}
