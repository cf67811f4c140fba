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
}
