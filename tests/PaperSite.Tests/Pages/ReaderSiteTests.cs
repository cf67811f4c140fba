using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperSite.Testing;

namespace PaperSite.Tests.Pages;

/// <summary>The readers' site: weeks, months, the archive, authors, the site files, cards and the paper page's metadata.</summary>
public sealed partial class ReaderSiteTests
{
    /// <summary>Papers on both sides of three year ends, to check ISO 8601 week numbering where it is least obvious.</summary>
    private const string YearEnds = """
        -- input/papers/a.yaml --
        title: End of 2020
        date: 2020-12-31
        abstract: In 2020-W53.
        -- input/papers/b.yaml --
        title: Start of 2021
        date: 2021-01-04
        abstract: In 2021-W01.
        -- input/papers/c.yaml --
        title: End of 2024
        date: 2024-12-30
        abstract: In 2025-W01, though the day is in 2024.
        -- input/papers/d.yaml --
        title: Later in January 2025
        date: 2025-01-20
        abstract: In 2025-W04.
        """;

    [Fact]
    public void Weeks_are_numbered_as_iso_8601_numbers_them_around_year_ends()
    {
        using var site = TestSite.Create(YearEnds);
        Built(site);

        Assert.Contains("End of 2020", site.Output("weeks/2020-W53/index.html"));
        Assert.Contains("Start of 2021", site.Output("weeks/2021-W01/index.html"));
        Assert.Contains("End of 2024", site.Output("weeks/2025-W01/index.html"));
        Assert.Contains("<h1>Papers of Week 1 of 2025 (Dec 30 – Jan 5)</h1>", site.Output("weeks/2025-W01/index.html"));
        Assert.False(site.OutputExists("weeks/2024-W01/index.html"));
    }

    [Fact]
    public void Week_and_month_pages_link_to_the_previous_and_next_that_have_papers_skipping_empty_ones()
    {
        using var site = TestSite.Create(YearEnds);
        Built(site);

        var week = site.Output("weeks/2025-W01/index.html");
        Assert.Contains("<a rel=\"prev\" href=\"/archive/weeks/2021-W01/\">← Week 1 of 2021 (Jan 4 – 10)</a>", week);
        Assert.Contains("<a rel=\"next\" href=\"/archive/weeks/2025-W04/\">Week 4 of 2025 (Jan 20 – 26) →</a>", week);

        var month = site.Output("months/2024-12/index.html");
        Assert.Contains("<a rel=\"prev\" href=\"/archive/months/2021-01/\">← January 2021</a>", month);
        Assert.Contains("<a rel=\"next\" href=\"/archive/months/2025-01/\">January 2025 →</a>", month);
        Assert.DoesNotContain("rel=\"prev\"", site.Output("months/2020-12/index.html"));
    }

    [Fact]
    public void Every_listing_has_the_day_week_month_switch_pointing_at_its_newest_paper()
    {
        using var site = TestSite.Create(YearEnds);
        Built(site);

        var month = site.Output("months/2025-01/index.html");
        Assert.Contains("<a href=\"/archive/days/2025-01-20/\">Day</a>", month);
        Assert.Contains("<a href=\"/archive/weeks/2025-W04/\">Week</a>", month);
        Assert.Contains("<span aria-current=\"page\">Month</span>", month);

        var day = site.Output("days/2024-12-30/index.html");
        Assert.Contains("<span aria-current=\"page\">Day</span>", day);
        Assert.Contains("<a href=\"/archive/weeks/2025-W01/\">Week</a>", day);
        Assert.Contains("<a href=\"/archive/months/2024-12/\">Month</a>", day);
    }

    [Fact]
    public void The_archive_lists_every_year_and_month_with_its_paper_count_newest_first()
    {
        using var site = TestSite.Create(YearEnds + """

            -- input/papers/e.yaml --
            title: Second of January 2025
            date: 2025-01-21
            abstract: Also January.
            """);
        Built(site);

        var archive = site.Output("archive/index.html");
        Assert.Contains("<h2 id=\"year-2025\">2025 <span class=\"count\">2 papers</span></h2>", archive);
        Assert.Contains("<li><a href=\"/archive/months/2025-01/\">January 2025</a> <span class=\"count\">2</span></li>", archive);
        Assert.Contains("<h2 id=\"year-2020\">2020 <span class=\"count\">1 paper</span></h2>", archive);
        Assert.True(archive.IndexOf("year-2025", StringComparison.Ordinal) < archive.IndexOf("year-2024", StringComparison.Ordinal));
        Assert.True(archive.IndexOf("year-2021", StringComparison.Ordinal) < archive.IndexOf("year-2020", StringComparison.Ordinal));
    }

    private const string Authors = """
        -- input/papers/one.yaml --
        title: One
        date: 2025-10-10
        abstract: First.
        authors: [Ada Lovelace, Alan Turing, Grace Hopper, Edsger Dijkstra]
        -- input/papers/two.yaml --
        title: Two
        date: 2025-10-11
        abstract: Second.
        authors:
          - "ada  lovelace"
          - name: Barbara Liskov
            affiliation: MIT
        author_count: 5
        """;

    [Fact]
    public void Names_differing_in_case_and_spaces_are_one_author_and_only_authors_with_two_papers_get_a_page()
    {
        using var site = TestSite.Create(Authors);
        Built(site);

        var page = site.Output("authors/ada-lovelace/index.html");
        Assert.Contains("<h1>Ada Lovelace</h1>", page);
        Assert.True(page.IndexOf(">Two</a>", StringComparison.Ordinal) < page.IndexOf(">One</a>", StringComparison.Ordinal), "newest first");
        Assert.False(site.OutputExists("authors/alan-turing/index.html"));
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(site.OutputFolder, "authors")));
    }

    [Fact]
    public void Author_min_papers_sets_who_gets_a_page()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: T
            base_url: https://example.org/archive/
            author_min_papers: 1
            """ + "\n" + Authors);
        Built(site);

        Assert.Contains("<h1>Alan Turing</h1>", site.Output("authors/alan-turing/index.html"));
        Assert.Contains("<h1>Barbara Liskov</h1>", site.Output("authors/barbara-liskov/index.html"));
    }

    [Fact]
    public void Paper_pages_link_authors_to_their_pages_while_cards_and_rows_name_them_with_et_al()
    {
        using var site = TestSite.Create(Authors);
        Built(site);

        var day = site.Output("days/2025-10-10/index.html");
        Assert.Contains("<span class=\"authors\">Ada Lovelace, Alan Turing, Grace Hopper et al.</span>", day);
        Assert.DoesNotContain("/archive/authors/", day, StringComparison.Ordinal);
        var two = site.Output("days/2025-10-11/index.html");
        Assert.Contains("<span class=\"authors\">ada lovelace, Barbara Liskov et al.</span>", two);
        Assert.Contains("<li><a href=\"/archive/authors/ada-lovelace/\">Ada Lovelace</a></li>", site.Output("papers/one/index.html"));
        var author = site.Output("authors/ada-lovelace/index.html");
        Assert.Contains("<li><a href=\"/archive/papers/two/\">Two</a> ada lovelace et al. · <time>2025-10-11</time></li>", author);
        Assert.Contains("<li><a href=\"/archive/papers/one/\">One</a> Ada Lovelace et al. · <time>2025-10-10</time></li>", author);
    }

    [Fact]
    public void A_card_shows_code_links_apart_from_tags_and_never_zero_upvotes()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            tags: [llm]
            organization: Amazon
            links:
              code: https://github.com/example/a
              video: https://example.org/video
            """);
        Built(site);

        var card = site.Output("days/2025-10-10/index.html");
        Assert.Contains("<li><a class=\"tag\" href=\"/archive/tags/llm/\">llm</a></li>", card);
        Assert.Contains("<li><a class=\"link\" href=\"https://github.com/example/a\" rel=\"noopener\">code ↗</a></li>", card);
        Assert.DoesNotContain("video", card);
        Assert.Contains("<span class=\"org\">Amazon</span>", card);
        Assert.DoesNotContain("upvote", card, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0 upvotes", site.Output("digest.xml"));
    }

    [Fact]
    public void Feed_items_carry_one_author_field_with_et_al_and_a_byline_with_organisation_and_upvotes()
    {
        using var site = TestSite.Create("""
            -- input/papers/a.yaml --
            title: A
            date: 2025-10-10
            abstract: Text.
            authors: [Ada Lovelace, Alan Turing]
            organization: Amazon
            upvotes: 12
            """);
        Built(site);

        var rss = XDocument.Parse(site.Output("feed.xml"));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(["Ada Lovelace et al."], rss.Descendants(dc + "creator").Select(e => e.Value));
        var atom = XDocument.Parse(site.Output("atom.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal("Ada Lovelace et al.", atom.Descendants(a + "entry").Single().Element(a + "author")!.Element(a + "name")!.Value);
        var json = JsonDocument.Parse(site.Output("feed.json"));
        Assert.Equal("Ada Lovelace et al.", json.RootElement.GetProperty("items")[0].GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Contains("Amazon · Ada Lovelace, Alan Turing · 12 upvotes", rss.Descendants("item").Single().Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value);
        Assert.Contains("Amazon · Ada Lovelace, Alan Turing · 12 upvotes", site.Output("digest.xml"));
    }

    [Fact]
    public void The_paper_page_says_each_thing_once_and_json_ld_is_there_for_a_theme_that_wants_it()
    {
        using var site = TestSite.Create("""
            -- input/papers/old.yaml --
            title: "An \"old\" </script> paper"
            date: 2025-10-10
            published: 1999-01-05
            abstract: The abstract, with $x^2$.
            arxiv: hep-th/9901001
            doi: 10.1000/XYZ.123
            tags: [strings, theory]
            organization: CERN
            authors:
              - name: Ada Lovelace
                affiliation: University of London
                orcid: 0000-0002-1825-0097
              - Alan Turing
            """);
        Built(site);
        var page = site.Output("papers/old/index.html");
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.DoesNotContain("application/ld+json", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(head, "content=\"The abstract, with"));
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", page);
        Assert.Contains("<meta property=\"og:title\" content=\"An &quot;old&quot; &lt;/script&gt; paper\">", page);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", page);
        Assert.Contains("<meta name=\"citation_arxiv_id\" content=\"hep-th/9901001\">", page);
        Assert.DoesNotContain("og:url", page, StringComparison.Ordinal);
        Assert.DoesNotContain("og:description", page, StringComparison.Ordinal);

        // A theme's own paper-head.html can write the paper's schema.org ScholarlyArticle.
        site.Write("theme/templates/partials/paper-head.html", "<script type=\"application/ld+json\">{{ json_ld }}</script>\n");
        Built(site);
        page = site.Output("papers/old/index.html");
        var json = JsonLd().Match(page);
        Assert.True(json.Success, "no JSON-LD block");
        Assert.DoesNotContain("<", json.Groups[1].Value, StringComparison.Ordinal);
        var article = JsonDocument.Parse(json.Groups[1].Value).RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", article.GetProperty("@type").GetString());
        Assert.Equal("An \"old\" </script> paper", article.GetProperty("name").GetString());
        Assert.Equal("https://example.org/archive/papers/old/", article.GetProperty("url").GetString());
        Assert.Equal("1999-01-05", article.GetProperty("datePublished").GetString());
        Assert.False(article.TryGetProperty("abstract", out _), "the abstract is in the page, not repeated in its head");
        Assert.Contains("The abstract, with", page[page.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal("strings, theory", article.GetProperty("keywords").GetString());
        var authors = article.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(["Ada Lovelace", "Alan Turing"], authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("University of London", authors[0].GetProperty("affiliation").GetProperty("name").GetString());
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", authors[0].GetProperty("sameAs").GetString());
        var identifiers = article.GetProperty("identifier").EnumerateArray().ToDictionary(i => i.GetProperty("propertyID").GetString()!, i => i.GetProperty("value").GetString());
        Assert.Equal("hep-th/9901001", identifiers["arXiv"]);
        Assert.Equal("10.1000/XYZ.123", identifiers["DOI"]);
    }

    [Fact]
    public void No_meta_tag_of_any_page_is_ever_empty()
    {
        using var site = TestSite.Create("""
            -- input/site.yaml --
            title: T
            base_url: https://example.org/archive/
            -- input/papers/bare.yaml --
            title: Bare
            date: 2025-10-10
            abstract: "$x$"
            """);
        Built(site);

        foreach (var file in Directory.EnumerateFiles(site.OutputFolder, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotMatch(EmptyMeta(), html);
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_and_robots_txt_points_at_it()
    {
        using var site = TestSite.Create(YearEnds + "\n" + Authors);
        Built(site);

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(site.Output("sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        var pages = Directory.EnumerateFiles(site.OutputFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputFolder, f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Select(p => "https://example.org/archive/" + (p == "index.html" ? "" : p[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("https://example.org/archive/authors/ada-lovelace/", listed);
        Assert.Contains("https://example.org/archive/weeks/2020-W53/", listed);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap.xml\n", site.Output("robots.txt"));
    }

    [Fact]
    public void The_404_page_links_home_and_to_the_archive_with_the_site_path()
    {
        using var site = TestSite.Create(Authors);
        Built(site);

        var page = site.Output("404.html");
        Assert.Contains("<h1>Page not found</h1>", page);
        Assert.Contains("<a href=\"/archive/\">The newest papers</a>", page);
        Assert.Contains("<a href=\"/archive/archive/\">The archive, by month</a>", page);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/archive/assets/style.css\">", page);
    }

    private static void Built(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<meta [^>]*content=\"\\s*\"")]
    private static partial Regex EmptyMeta();
}
