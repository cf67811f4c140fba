using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// The theme is trusted, but can still be wrong: a template that loops forever or recurses ends
/// with PS0301 naming the template and line, quickly, and the previous output stays as it was.
/// </summary>
public sealed class ThemeLimitTests
{
    private static readonly string Papers = string.Concat(Enumerable.Range(1, 40).Select(i =>
        $"-- input/papers/p{i}.yaml --\ntitle: Paper {i}\ndate: 2025-10-{1 + (i % 28):00}\nabstract: Text {i}.\ntags: [t{i % 5}]\n"));

    [Theory]
    [InlineData("paper.html", "<p>\n  {{ while true }}{{ end }}</p>", "theme/templates/paper.html(2,6)", "Exceeding number of iteration limit `1000000`")]
    [InlineData("paper.html", "{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}", "theme/templates/paper.html(1,", "iteration limit")]
    [InlineData("partials/paper-meta.html", "x{{ include 'partials/paper-meta.html' }}", "theme/templates/partials/paper-meta.html(1,5)", "recursive depth limit `64`")]
    [InlineData("paper.html", "{{ func f; f; end; f }}", "theme/templates/paper.html(1,12)", "recursive depth limit `64`")]
    [InlineData("paper.html", "{{ func f(n); for i in 1..1000; end; f(n + 1); end; f(0) }}", "theme/templates/paper.html(1,", "recursive depth limit")]
    public void A_template_that_never_ends_fails_the_build_with_its_place(string template, string text, string place, string message)
    {
        using var site = TestSite.Create(Papers);
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.Write("theme/templates/" + template, text);

        // The loop and recursion limits must end these, not the clock: on a loaded machine a page of a million
        // loop steps can outlast the default 30 s, which would end it with the time limit's message instead.
        var result = Guarded(() => SiteBuilder.Build(new BuildOptions { Root = site.Root, PageTimeLimit = TimeSpan.FromMinutes(10) }), TimeSpan.FromMinutes(10));

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal("PS0301", d.Code);
            Assert.StartsWith(place, d.ToString(), StringComparison.Ordinal);
            Assert.Contains(message, d.Message, StringComparison.Ordinal);
        });
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void A_broken_partial_on_every_page_is_reported_once_per_thread_at_most_not_once_per_page()
    {
        using var site = TestSite.Create(Papers + "-- theme/templates/partials/paper-meta.html --\n{{ while true }}{{ end }}\n");

        var result = Guarded(() => site.BuildExpectingFailure());

        Assert.False(result.Succeeded);
        Assert.InRange(result.Diagnostics.Count, 1, Environment.ProcessorCount);
    }

    [Fact]
    public void Many_loops_one_after_another_run_into_the_pages_loop_budget()
    {
        // Each loop stays under Scriban's per-nest limit; together they pass the page's 10 million steps.
        var loops = string.Concat(Enumerable.Repeat("{{ for i in 1..900000 }}{{ end }}", 12));
        using var site = TestSite.Create(Papers + $"-- theme/templates/paper.html --\n{loops}\n");

        // Ten million steps take long on a loaded machine: the time limit is lifted, so the step budget is what ends the page.
        var result = Guarded(() => SiteBuilder.Build(new BuildOptions { Root = site.Root, PageTimeLimit = TimeSpan.FromMinutes(10) }), TimeSpan.FromMinutes(10));

        Assert.False(result.Succeeded);
        var first = result.Diagnostics[0];
        Assert.Equal("PS0301", first.Code);
        Assert.Equal("theme/templates/paper.html", first.Path);
        Assert.Contains("more than 10,000,000 loop steps in all", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_slower_than_the_time_limit_is_stopped_with_the_place_it_was_at()
    {
        var loops = string.Concat(Enumerable.Repeat("{{ for i in 1..900000 }}{{ end }}", 9));
        using var site = TestSite.Create(Papers);
        // A first build warms the built-in templates up, so no cold start makes one of them the slow page.
        site.Build();
        Directory.Delete(site.OutputFolder, recursive: true);
        site.Write("theme/templates/paper.html", loops + "\n");

        var result = Guarded(() => SiteBuilder.Build(new BuildOptions { Root = site.Root, PageTimeLimit = TimeSpan.FromMilliseconds(50) }));

        Assert.False(result.Succeeded);
        var first = result.Diagnostics.First(d => d.Path == "theme/templates/paper.html");
        Assert.Equal("PS0301", first.Code);
        Assert.Equal("theme/templates/paper.html", first.Path);
        Assert.True(first.Line > 0);
        Assert.Contains("took longer than 0.05 s and was stopped here", first.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void A_theme_folder_that_links_back_into_itself_is_a_clear_error()
    {
        using var site = TestSite.Create(Papers + "-- theme/templates/paper.html --\nx\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "theme/templates/loop"), Path.Combine(site.Root, "theme"));

        var result = Guarded(() => site.BuildExpectingFailure());

        Assert.False(result.Succeeded);
        // A link in the theme is never followed, so the loop is never entered.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PS0009", error.Code);
        Assert.Equal("theme/templates/loop", error.Path);
    }

    private static BuildResult Guarded(Func<BuildResult> run, TimeSpan? wait = null)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(wait ?? TimeSpan.FromSeconds(60)), $"the build did not finish within {(wait ?? TimeSpan.FromSeconds(60)).TotalSeconds} s");
        return task.Result;
    }
}
