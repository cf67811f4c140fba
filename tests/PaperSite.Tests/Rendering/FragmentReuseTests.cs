using PaperSite.Testing;

namespace PaperSite.Tests.Rendering;

/// <summary>
/// A partial included again with the same inputs is not rendered again (FragmentCache): the site must read exactly
/// as if every include had been rendered, whatever the partial reads or sets.
/// </summary>
public sealed class FragmentReuseTests
{
    // Two papers on two tags, so each row is shown in four listings (two tags, a week, a month); a third, most upvoted,
    // on one tag only, so the first two are not at the same place in each listing.
    private const string TwoPapers = """
        -- input/papers/a.yaml --
        title: Alpha paper
        date: 2025-10-10
        abstract: First.
        tags: [vision, robots]
        upvotes: 3
        -- input/papers/b.yaml --
        title: Beta paper
        date: 2025-10-10
        abstract: Second.
        tags: [vision, robots]
        upvotes: 1
        -- input/papers/c.yaml --
        title: Gamma paper
        date: 2025-10-10
        abstract: Third.
        tags: [robots]
        upvotes: 5
        """;

    [Fact]
    public void Rows_shown_in_several_listings_are_rendered_once_and_read_the_same()
    {
        using var site = TestSite.Create(TwoPapers);

        var result = site.Build();

        Assert.True(result.FragmentsReused > 0, "no include was reused");
        foreach (var page in (string[])["tags/vision/index.html", "tags/robots/index.html"])
        {
            Assert.Contains("<li><a href=\"/archive/papers/a/\">Alpha paper</a> 3 upvotes · <time>2025-10-10</time></li>", site.Output(page));
        }

        // The week's rows read row_dates = false: a different fragment from the tags' rows, not the tags' one reused.
        var week = site.Output("weeks/2025-W41/index.html");
        Assert.Contains("<li><a href=\"/archive/papers/a/\">Alpha paper</a> 3 upvotes</li>", week);
        Assert.DoesNotContain("<time>2025-10-10</time></li>", week);
    }

    [Fact]
    public void A_variable_a_reused_partial_sets_is_set_as_if_it_had_been_rendered()
    {
        using var site = TestSite.Create(TwoPapers + "\n" + """
            -- theme/templates/partials/paper-row.html --
            {{~ last_title = paper.title ~}}
            <li>{{ paper.title }}</li>
            -- theme/templates/tag.html --
            {{ include "partials/paper-rows.html" }}<p class="last">{{ last_title }}</p>
            """);

        var result = site.Build();

        Assert.True(result.FragmentsReused > 0, "no include was reused");
        // Newest first, then most upvoted: Beta is the last row on both tags' pages, rendered once and reused once.
        Assert.Contains("<p class=\"last\">Beta paper</p>", site.Output("tags/vision/index.html"));
        Assert.Contains("<p class=\"last\">Beta paper</p>", site.Output("tags/robots/index.html"));
    }

    [Theory]
    [InlineData("<li>{{ paper.title }} on {{ page.title }}</li>", "<li>Alpha paper on Tag: vision</li>", "<li>Alpha paper on Tag: robots</li>")]
    [InlineData("<li>{{ paper.title }}{{ for t in paper.tags }} {{ for.index }}{{ t.name }}{{ end }}</li>", "<li>Alpha paper 0vision 1robots</li>", "<li>Alpha paper 0vision 1robots</li>")]
    [InlineData("<li>{{ paper.title }} #{{ for.index }}</li>", "<li>Alpha paper #0</li>", "<li>Alpha paper #1</li>")]
    public void A_partial_that_reads_its_page_or_a_loop_is_rendered_on_every_page(string row, string onVision, string onRobots)
    {
        using var site = TestSite.Create(TwoPapers + "\n" + $"""
            -- theme/templates/partials/paper-row.html --
            {row}
            """);

        site.Build();

        Assert.Contains(onVision, site.Output("tags/vision/index.html"));
        Assert.Contains(onRobots, site.Output("tags/robots/index.html"));
    }

    [Fact]
    public void The_default_rows_themselves_are_reused()
    {
        // The same site twice: with the default row, and with the same row reading the page, which no page shares.
        // The difference is the rows reused. Tags: vision shows alpha and beta, robots gamma, alpha and beta, with
        // dates (2 reused); the week and the month show all three without dates (3 reused).
        var row = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme/templates/partials/paper-row.html"));
        using var reused = TestSite.Create(TwoPapers);
        using var rendered = TestSite.Create(TwoPapers + "\n-- theme/templates/partials/paper-row.html --\n" + row + "{{~ if page.kind == \"never\"; end ~}}\n");

        var withReuse = reused.Build();
        var without = rendered.Build();

        // At most 5: pages render in parallel, and two pages that reach the same row at the same moment both render it
        // (the cache keeps one), so a busy machine may reuse fewer. None reused would mean the rows are not reused at all.
        Assert.InRange(withReuse.FragmentsReused - without.FragmentsReused, 1, 5);
        Assert.Equal(reused.Output("tags/robots/index.html"), rendered.Output("tags/robots/index.html"));
    }

    [Fact]
    public void An_include_piped_by_name_is_rendered_every_time()
    {
        using var site = TestSite.Create(TwoPapers + "\n" + """
            -- theme/templates/partials/paper-row.html --
            {{ "partials/title.html" | include }}
            -- theme/templates/partials/title.html --
            <li>{{ paper.title }}</li>
            """);

        site.Build();

        var vision = site.Output("tags/vision/index.html");
        Assert.Contains("<li>Alpha paper</li>", vision);
        Assert.Contains("<li>Beta paper</li>", vision);
    }

    [Fact]
    public void A_partial_using_a_builtin_with_state_of_its_own_is_rendered_every_time()
    {
        using var site = TestSite.Create(TwoPapers + "\n" + """
            -- theme/templates/partials/paper-row.html --
            <li class="{{ array.cycle ['odd', 'even'] }}">{{ paper.title }}</li>
            """);

        site.Build();

        Assert.Contains("<li class=\"odd\">Alpha paper</li>", site.Output("tags/vision/index.html"));
        // On robots, gamma (most upvoted) comes first: alpha is the second row there.
        Assert.Contains("<li class=\"even\">Alpha paper</li>", site.Output("tags/robots/index.html"));
    }

    [Fact]
    public void An_array_a_partial_makes_is_never_shared_by_the_pages_that_include_it()
    {
        using var site = TestSite.Create(TwoPapers + "\n" + """
            -- theme/templates/partials/paper-row.html --
            {{~ seen = [] ~}}
            <li>{{ paper.title }}</li>
            -- theme/templates/tag.html --
            {{ include "partials/paper-rows.html" }}<p class="seen">{{ seen[0] ?? "empty" }}</p>{{ seen[0] = page.title }}
            """);

        site.Build();

        Assert.Contains("<p class=\"seen\">empty</p>", site.Output("tags/vision/index.html"));
        Assert.Contains("<p class=\"seen\">empty</p>", site.Output("tags/robots/index.html"));
    }

    [Fact]
    public void A_variable_a_partial_may_leave_unset_is_not_reported_as_undefined()
    {
        using var site = TestSite.Create(TwoPapers + "\n" + """
            -- theme/templates/partials/paper-row.html --
            {{~ if paper.upvotes > 2; hot = true; end ~}}
            <li>{{ paper.title }}</li>
            """);

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0303");
    }
}
