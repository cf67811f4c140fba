using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

public sealed class PageKindsTests
{
    private const string TwoDays = """
        -- input/papers/2025/10/early.yaml --
        title: Early Paper
        date: 2025-10-09
        abstract: The early one.
        tags: [LLM]
        -- input/papers/2025/10/low.yaml --
        title: Low Votes
        date: 2025-10-10
        abstract: Few upvotes.
        upvotes: 1
        tags: [llm, Vision]
        -- input/papers/2025/10/high.yaml --
        title: High Votes
        date: 2025-10-10
        abstract: Many upvotes.
        upvotes: 9
        organization: Amazon
        -- input/papers/2025/11/late.yaml --
        title: Late Paper
        date: 2025-11-02
        abstract: The newest one.
        upvotes: 3
        """;

    [Fact]
    public void Every_page_kind_of_the_contract_is_written()
    {
        using var site = TestSite.Create(TwoDays);

        var result = site.Build();

        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
        string[] expected =
        [
            "index.html", "papers/early/index.html", "papers/high/index.html", "days/2025-10-10/index.html",
            "days/2025-11-02/index.html", "tags/index.html", "tags/llm/index.html", "tags/vision/index.html",
            "feed.xml", "tags/llm/feed.xml", "assets/style.css",
        ];
        Assert.All(expected, path => Assert.True(site.OutputExists(path), $"{path} is missing"));
    }

    [Fact]
    public void Home_page_shows_the_newest_papers_across_days_under_day_headings()
    {
        using var site = TestSite.Create(TwoDays);
        site.Build();

        var home = site.Output("index.html");

        Assert.Contains("<h2 id=\"day-2025-11-02\"><a href=\"/archive/days/2025-11-02/\"><time datetime=\"2025-11-02\">Nov 2, 2025</time></a> <span class=\"count\">1 paper</span></h2>", home);
        Assert.Contains("<h2 id=\"day-2025-10-10\">", home);
        Assert.Contains("<h2 id=\"day-2025-10-09\">", home);
        Assert.True(home.IndexOf("Late Paper", StringComparison.Ordinal) < home.IndexOf("High Votes", StringComparison.Ordinal));
        Assert.True(home.IndexOf("High Votes", StringComparison.Ordinal) < home.IndexOf("Low Votes", StringComparison.Ordinal));
        Assert.True(home.IndexOf("Low Votes", StringComparison.Ordinal) < home.IndexOf("Early Paper", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/archive/weeks/2025-W44/\">Week</a>", home);
        Assert.Contains("<a href=\"/archive/months/2025-11/\">Month</a>", home);
    }

    [Fact]
    public void Home_page_stops_at_home_size_and_links_to_the_rest_of_a_cut_day_and_to_earlier_days()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: T
            base_url: https://example.org/archive/
            home_size: 2
            """ + "\n" + TwoDays);
        site.Build();

        var home = site.Output("index.html");

        Assert.Contains("Late Paper", home);
        Assert.Contains("High Votes", home);
        Assert.DoesNotContain("Low Votes", home);
        Assert.Contains("<a href=\"/archive/days/2025-10-10/\">All 2 papers of Oct 10, 2025 →</a>", home);
        Assert.Contains("<li><a href=\"/archive/days/2025-10-09/\"><time datetime=\"2025-10-09\">Oct 9, 2025</time></a> <span class=\"count\">1 paper</span></li>", home);
    }

    [Fact]
    public void Day_page_lists_most_upvoted_first_and_links_to_neighbour_days()
    {
        using var site = TestSite.Create(TwoDays);
        site.Build();

        var day = site.Output("days/2025-10-10/index.html");

        Assert.True(day.IndexOf("High Votes", StringComparison.Ordinal) < day.IndexOf("Low Votes", StringComparison.Ordinal));
        Assert.Contains("rel=\"prev\" href=\"/archive/days/2025-10-09/\"", day);
        Assert.Contains("rel=\"next\" href=\"/archive/days/2025-11-02/\"", day);
        Assert.DoesNotContain("Late Paper", day);
    }

    [Fact]
    public void First_and_last_day_have_only_the_link_that_exists()
    {
        using var site = TestSite.Create(TwoDays);
        site.Build();

        Assert.DoesNotContain("rel=\"prev\"", site.Output("days/2025-10-09/index.html"));
        Assert.DoesNotContain("rel=\"next\"", site.Output("days/2025-11-02/index.html"));
    }

    [Fact]
    public void Paper_page_shows_its_record()
    {
        using var site = TestSite.Create(TwoDays);
        site.Build();

        var page = site.Output("papers/high/index.html");

        Assert.Contains("<h1>High Votes</h1>", page);
        Assert.Contains("Many upvotes.", page);
        Assert.Contains("Amazon", page);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/archive/papers/high/\">", page);
    }
}
