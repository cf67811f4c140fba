using System.Text.RegularExpressions;
using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

public sealed class TagPagesTests
{
    private static string Papers(int count, string tag)
    {
        var files = new System.Text.StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            files.Append(System.Globalization.CultureInfo.InvariantCulture, $"-- input/papers/p{i:00}.yaml --\ntitle: Paper {i:00}\ndate: 2025-10-{i:00}\nabstract: Number {i}.\ntags: [\"{tag}\"]\n");
        }

        return files.ToString();
    }

    [Fact]
    public void Spellings_differing_in_case_and_white_space_are_one_tag_on_one_page()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: A.
            tags: [LLM, " Machine   Learning "]
            -- input/papers/b.yaml --
            title: B
            date: 2025-10-11
            abstract: B.
            tags: [llm, machine learning]
            -- input/papers/c.yaml --
            title: C
            date: 2025-10-12
            abstract: C.
            tags: [" LLM "]
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var index = site.Output("tags/index.html");
        Assert.Contains("<a href=\"/archive/tags/llm/\">LLM</a> <span class=\"count\">3</span>", index);
        Assert.Contains("<a href=\"/archive/tags/machine-learning/\">Machine Learning</a> <span class=\"count\">2</span>", index);
        Assert.Equal(["tags/index.html", "tags/llm/index.html", "tags/machine-learning/index.html"],
            site.Snapshot().Keys.Where(k => k.StartsWith("tags/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_look_alike_group_is_reported_at_the_first_record_using_any_of_its_spellings()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: A.
            tags: [fine-tuning, other]
            -- input/papers/b.yaml --
            title: B
            date: 2025-10-10
            abstract: B.
            tags: [fine tuning, state space, Zero Shot]
            -- input/papers/c.yaml --
            title: C
            date: 2025-10-11
            abstract: C.
            tags: [state-space, zero-shot]
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        Assert.Equal(
        [
            "input/papers/a.yaml: warning PS0113: the tags 'fine tuning' and 'fine-tuning' differ only in punctuation; they get separate pages. Use one spelling to merge them.",
            "input/papers/b.yaml: warning PS0113: the tags 'state space' and 'state-space' differ only in punctuation; they get separate pages. Use one spelling to merge them.",
            "input/papers/b.yaml: warning PS0113: the tags 'zero shot' and 'zero-shot' differ only in punctuation; they get separate pages. Use one spelling to merge them.",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Different_tags_whose_readable_slugs_collide_get_distinct_pages()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: A.
            tags: [c++, c#, fine tuning, fine-tuning]
            """);

        var result = site.Build();

        Assert.Equal(["input/papers/a.yaml: warning PS0113: the tags 'fine tuning' and 'fine-tuning' differ only in punctuation; they get separate pages. Use one spelling to merge them."],
            result.Diagnostics.Select(d => d.ToString()));
        var tagFolders = site.Snapshot().Keys.Where(k => k.StartsWith("tags/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal) && k != "tags/index.html").ToList();
        Assert.Equal(4, tagFolders.Count);
        Assert.Equal(4, tagFolders.Distinct().Count());
        Assert.All(tagFolders, f => Assert.Matches("^tags/[a-z0-9-]+/index.html$", f));
    }

    [Fact]
    public void Accented_tags_keep_readable_addresses()
    {
        using var site = TestSite.Create("-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\ntags: [Naïve Bayes, Übersetzung]\n");

        site.Build();

        Assert.True(site.OutputExists("tags/naive-bayes/index.html"));
        Assert.True(site.OutputExists("tags/ubersetzung/index.html"));
    }

    [Fact]
    public void By_default_a_tag_page_holds_a_hundred_one_line_rows_and_week_rows_give_title_and_upvotes()
    {
        var papers = string.Concat(Enumerable.Range(1, 101).Select(i =>
            $"-- input/papers/p{i:000}.yaml --\ntitle: Paper {i:000}\ndate: 2025-10-{1 + i % 28:00}\nabstract: Number {i}.\ntags: [ml]\nauthors: [Ada Lovelace, Alan Turing]\nupvotes: 3\n"));
        using var site = TestSite.Create(papers);

        site.Build();

        var first = site.Output("tags/ml/index.html");
        Assert.Equal(100, Regex.Count(first, "<li><a href=\"/archive/papers/p[0-9]{3}/\">Paper [0-9]{3}</a> Ada Lovelace et al. · 3 upvotes · <time>2025-10-[0-9]{2}</time></li>"));
        Assert.Equal(1, Regex.Count(site.Output("tags/ml/page/2/index.html"), "<li><a href=\"/archive/papers/"));
        Assert.False(site.OutputExists("tags/ml/page/3/index.html"));
        Assert.Matches("<li><a href=\"/archive/papers/p[0-9]{3}/\">Paper [0-9]{3}</a> 3 upvotes</li>", site.Output("weeks/2025-W40/index.html"));
    }

    [Fact]
    public void Tag_pages_list_newest_first_and_paginate()
    {
        using var site = TestSite.Create("-- input/site.yaml --\ntitle: T\nbase_url: https://example.org/\npage_size: 4\n" + Papers(10, "ml"));

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        var first = site.Output("tags/ml/index.html");
        Assert.True(first.IndexOf("Paper 10", StringComparison.Ordinal) < first.IndexOf("Paper 07", StringComparison.Ordinal));
        Assert.DoesNotContain("Paper 06", first);
        Assert.Contains("rel=\"next\" href=\"/tags/ml/page/2/\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);

        var second = site.Output("tags/ml/page/2/index.html");
        Assert.Contains("Paper 06", second);
        Assert.Contains("Page 2 of 3", second);
        Assert.Contains("rel=\"prev\" href=\"/tags/ml/\"", second);

        var last = site.Output("tags/ml/page/3/index.html");
        Assert.Contains("Paper 01", last);
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.False(site.OutputExists("tags/ml/page/4/index.html"));
        Assert.False(site.OutputExists("tags/ml/page/1/index.html"));
    }
}
