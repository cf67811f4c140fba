using System.Globalization;
using System.Reflection;
using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Writes the same archive as a Hugo site: <c>config.toml</c>, one page per paper at
/// <c>content/papers/&lt;id&gt;.md</c> (the abstract as the Markdown body, the record's other fields
/// as front matter), and the layouts embedded in this program under <c>HugoSite/</c>.
/// </summary>
/// <param name="authorPages">Which authors PaperSite gives a page; only they go in the <c>authors</c> taxonomy.</param>
internal sealed class HugoSiteWriter(string root, AuthorPages authorPages) : IArchiveWriter
{
    private const string ResourcePrefix = "hugo/";

    private string PapersFolder => Path.Combine(root, "content", "papers");

    public void Begin(DatePlan plan)
    {
        Directory.CreateDirectory(PapersFolder);
        CopyEmbeddedFiles();
        File.WriteAllText(Path.Combine(root, "config.toml"), $"""
            baseURL = "{SiteFacts.BaseUrl}"
            title = "{SiteFacts.Title}"
            languageCode = "en"
            paginate = {SiteFacts.PageSize}
            # The archive's last day is in the past, but a clock set early must not hide papers.
            buildFuture = true
            # PaperSite's addresses drop accents (García: garcia), as Hugo's do with this.
            removePathAccents = true
            # The papers/ section list has no counterpart in PaperSite.
            disableKinds = ["section"]
            enableRobotsTXT = true
            # No <meta name="generator"> in the home page's head: PaperSite writes none.
            disableHugoGeneratorInject = true

            [params]
              description = "{SiteFacts.Description}"
              homeSize = {SiteFacts.HomeSize}
              # paginate again, for templates (listings, the sitemap), which cannot read paginate.
              pageSize = {SiteFacts.PageSize}
              tagFeedSize = {SiteFacts.TagFeedSize}

            # Days, weeks, months and authors are taxonomies like tags: Hugo groups pages only by front matter values.
            [taxonomies]
              tag = "tags"
              day = "days"
              week = "weeks"
              month = "months"
              author = "authors"

            # The site's feeds hold its newest 50 papers, the daily digest its newest 50 days.
            [services.rss]
              limit = {SiteFacts.FeedSize}

            # PaperSite reads abstracts as CommonMark with autolinks (and math): none of Goldmark's other extensions.
            [markup.goldmark.extensions]
              definitionList = false
              footnote = false
              linkify = true
              strikethrough = false
              table = false
              taskList = false
              typographer = false

            [mediaTypes."application/atom+xml"]
              suffixes = ["xml"]
            [mediaTypes."application/feed+json"]
              suffixes = ["json"]
            # Hugo names an output file by its media type's suffix: the digest's Atom file is digest.atom.
            [mediaTypes."application/x-digest+atom"]
              suffixes = ["atom"]

            # PaperSite's feeds: feed.xml, atom.xml and feed.json, site-wide and per tag; digest.xml, .atom and .json.
            [outputFormats.RSS]
              baseName = "feed"
            [outputFormats.Atom]
              mediaType = "application/atom+xml"
              baseName = "atom"
            [outputFormats.JSONFeed]
              mediaType = "application/feed+json"
              baseName = "feed"
              isPlainText = true
            [outputFormats.DigestRSS]
              mediaType = "application/rss+xml"
              baseName = "digest"
            [outputFormats.DigestAtom]
              mediaType = "application/x-digest+atom"
              baseName = "digest"
            [outputFormats.DigestJSON]
              mediaType = "application/feed+json"
              baseName = "digest"
              isPlainText = true

            # Terms of the other taxonomies have no feeds: their content/<plural>/_index.md cascades HTML only.
            [outputs]
              home = ["HTML", "RSS", "Atom", "JSONFeed", "DigestRSS", "DigestAtom", "DigestJSON"]
              page = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML", "RSS", "Atom", "JSONFeed"]

            """, SiteFacts.Utf8);
    }

    public void Write(SyntheticPaper paper)
    {
        var page = new StringBuilder(2600);
        page.Append("---\n");
        page.Append("title: ").Append(YamlText.Quote(paper.Title)).Append('\n');
        page.Append("date: ").Append(YamlText.Iso(paper.Date)).Append('\n');
        // As written, case and stray white space included: Hugo merges such spellings into one term, as PaperSite does.
        page.Append("tags: [").AppendJoin(", ", paper.Tags.Select(YamlText.Quote)).Append("]\n");
        page.Append("days: [\"").Append(YamlText.Iso(paper.Date)).Append("\"]\n");
        page.Append("weeks: [\"").Append(IsoWeekOf(paper.Date)).Append("\"]\n");
        page.Append("months: [\"").Append(paper.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("\"]\n");
        // The taxonomy behind author pages: only the authors PaperSite gives a page; author_list below holds every author.
        var withPages = paper.Authors.Select(a => a.Name).Where(authorPages.HasPage).Distinct().ToList();
        if (withPages.Count > 0)
        {
            page.Append("authors: [").AppendJoin(", ", withPages.Select(YamlText.Quote)).Append("]\n");
        }

        page.Append("upvotes: ").Append(paper.Upvotes).Append('\n');
        if (paper.Organization is not null)
        {
            page.Append("organization: ").Append(YamlText.Quote(paper.Organization)).Append('\n');
        }

        if (paper.Authors.Count > 0)
        {
            // One shape for every author, so templates need no type switch; "authors" is the taxonomy.
            page.Append("author_list:\n");
            foreach (var author in paper.Authors)
            {
                page.Append("  - name: ").Append(YamlText.Quote(author.Name)).Append('\n');
                if (author.Affiliation is not null)
                {
                    page.Append("    affiliation: ").Append(YamlText.Quote(author.Affiliation)).Append('\n');
                }

                if (author.Orcid is not null)
                {
                    page.Append("    orcid: \"").Append(author.Orcid).Append("\"\n");
                }
            }
        }

        if (paper.AuthorCount is { } count)
        {
            page.Append("author_count: ").Append(count).Append('\n');
        }

        if (paper.ArxivId is not null)
        {
            // Quoted: unquoted, 2510.01230 would be read as a number and lose its last zero.
            page.Append("arxiv: \"").Append(paper.ArxivId).Append("\"\n");
        }

        if (paper.Doi is not null)
        {
            page.Append("doi: ").Append(YamlText.Quote(paper.Doi)).Append('\n');
        }

        if (paper.Links.Count > 0)
        {
            // A list, not a mapping: Hugo ranges over a mapping in key order, PaperSite keeps the record's order.
            page.Append("links:\n");
            foreach (var link in paper.Links)
            {
                page.Append("  - name: ").Append(link.Name).Append("\n    url: ").Append(YamlText.Quote(link.Url)).Append('\n');
            }
        }

        if (paper.Published is { } published)
        {
            // Not "published": Hugo reads that key as the page's publish date.
            page.Append("first_published: \"").Append(YamlText.Iso(published)).Append("\"\n");
        }

        if (paper.SubmittedBy is not null)
        {
            page.Append("submitted_by: ").Append(YamlText.Quote(paper.SubmittedBy)).Append('\n');
        }

        page.Append("---\n").Append(paper.Abstract).Append('\n');
        File.WriteAllText(Path.Combine(PapersFolder, paper.Id + ".md"), page.ToString(), SiteFacts.Utf8);
    }

    /// <summary>The ISO 8601 week, as PaperSite writes it in addresses: 2025-W44.</summary>
    private static string IsoWeekOf(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    private void CopyEmbeddedFiles()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var target = Path.Combine(root, name[ResourcePrefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(target);
            source.CopyTo(file);
        }
    }
}
