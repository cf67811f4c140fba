using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Writes the archive as a PaperSite site root: <c>input/site.yaml</c> and one record per paper at
/// <c>input/papers/&lt;yyyy&gt;/&lt;MM&gt;/&lt;id&gt;.yaml</c>, in the shape the README documents.
/// </summary>
internal sealed class PaperSiteWriter(string root) : IArchiveWriter
{
    private string PapersFolder => Path.Combine(root, "input", "papers");

    public void Begin(DatePlan plan)
    {
        Directory.CreateDirectory(PapersFolder);
        foreach (var (year, month) in plan.Months())
        {
            Directory.CreateDirectory(Path.Combine(PapersFolder, $"{year:D4}", $"{month:D2}"));
        }

        File.WriteAllText(Path.Combine(root, "input", "site.yaml"), $"""
            title: {YamlText.Quote(SiteFacts.Title)}
            base_url: {SiteFacts.BaseUrl}
            description: {YamlText.Quote(SiteFacts.Description)}
            language: en
            page_size: {SiteFacts.PageSize}
            feed_size: {SiteFacts.FeedSize}
            tag_feed_size: {SiteFacts.TagFeedSize}
            home_size: {SiteFacts.HomeSize}
            author_min_papers: {SiteFacts.AuthorMinPapers}

            """, SiteFacts.Utf8);
    }

    public void Write(SyntheticPaper paper)
    {
        var yaml = new StringBuilder(2600);
        yaml.Append("title: ").Append(YamlText.Quote(paper.Title)).Append('\n');
        yaml.Append("date: ").Append(YamlText.Iso(paper.Date)).Append('\n');
        YamlText.AppendBlock(yaml, "abstract", paper.Abstract);
        if (paper.ArxivId is not null)
        {
            yaml.Append("arxiv: ").Append(paper.ArxivId).Append('\n');
        }

        if (paper.Authors.Count > 0)
        {
            yaml.Append("authors:\n");
            foreach (var author in paper.Authors)
            {
                if (!author.IsMapping)
                {
                    yaml.Append("  - ").Append(YamlText.Quote(author.Name)).Append('\n');
                    continue;
                }

                yaml.Append("  - name: ").Append(YamlText.Quote(author.Name)).Append('\n');
                if (author.Affiliation is not null)
                {
                    yaml.Append("    affiliation: ").Append(YamlText.Quote(author.Affiliation)).Append('\n');
                }

                if (author.Orcid is not null)
                {
                    yaml.Append("    orcid: ").Append(author.Orcid).Append('\n');
                }
            }
        }

        if (paper.AuthorCount is { } count)
        {
            yaml.Append("author_count: ").Append(count).Append('\n');
        }

        if (paper.Organization is not null)
        {
            yaml.Append("organization: ").Append(YamlText.Quote(paper.Organization)).Append('\n');
        }

        yaml.Append("tags: [").AppendJoin(", ", paper.Tags.Select(YamlText.Quote)).Append("]\n");
        if (paper.Upvotes > 0)
        {
            yaml.Append("upvotes: ").Append(paper.Upvotes).Append('\n');
        }

        if (paper.Links.Count > 0)
        {
            yaml.Append("links:\n");
            foreach (var link in paper.Links)
            {
                yaml.Append("  ").Append(link.Name).Append(": ").Append(link.Url).Append('\n');
            }
        }

        if (paper.Doi is not null)
        {
            yaml.Append("doi: ").Append(paper.Doi).Append('\n');
        }

        if (paper.Published is { } published)
        {
            yaml.Append("published: ").Append(YamlText.Iso(published)).Append('\n');
        }

        if (paper.SubmittedBy is not null)
        {
            yaml.Append("submitted_by: ").Append(paper.SubmittedBy).Append('\n');
        }

        var folder = Path.Combine(PapersFolder, $"{paper.Date.Year:D4}", $"{paper.Date.Month:D2}");
        File.WriteAllText(Path.Combine(folder, paper.Id + ".yaml"), yaml.ToString(), SiteFacts.Utf8);
    }
}
