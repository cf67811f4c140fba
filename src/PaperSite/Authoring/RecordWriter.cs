using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Model;

namespace PaperSite.Authoring;

/// <summary>
/// Writes a paper as a record file in the contract's format, the way a person would: keys in the
/// documented order, the abstract as a literal block, empty keys left out. Strings are written as
/// YAML double-quoted scalars (JSON string syntax is valid there), so no title can break the file.
/// </summary>
internal static class RecordWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Paper paper)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Quote(paper.Title)).Append('\n');
        yaml.Append("date: ").Append(paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        AppendAbstract(yaml, paper.Abstract ?? throw new ArgumentException("a record is written from a paper that carries its abstract's Markdown; one read from a record does not.", nameof(paper)));
        Optional(yaml, "arxiv", paper.ArxivId);
        if (paper.Authors.Length > 0)
        {
            yaml.Append("authors:\n");
            foreach (var author in paper.Authors)
            {
                if (author.Affiliation is null && author.Orcid is null)
                {
                    yaml.Append("  - ").Append(Quote(author.Name)).Append('\n');
                    continue;
                }

                yaml.Append("  - name: ").Append(Quote(author.Name)).Append('\n');
                Optional(yaml, "    affiliation", author.Affiliation);
                Optional(yaml, "    orcid", author.Orcid);
            }
        }

        if (paper.AuthorCount is { } count)
        {
            yaml.Append("author_count: ").Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Optional(yaml, "organization", paper.Organization);
        if (paper.Tags.Length > 0)
        {
            yaml.Append("tags: [").AppendJoin(", ", paper.Tags.Select(Quote)).Append("]\n");
        }

        if (paper.Upvotes > 0)
        {
            yaml.Append("upvotes: ").Append(paper.Upvotes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (paper.Links.Length > 0)
        {
            yaml.Append("links:\n");
            foreach (var link in paper.Links)
            {
                yaml.Append("  ").Append(Quote(link.Name)).Append(": ").Append(Quote(link.Url)).Append('\n');
            }
        }

        Optional(yaml, "doi", paper.Doi);
        if (paper.Published is { } published)
        {
            // A year alone would read back as a YAML number, which the reader takes as text all the same.
            yaml.Append("published: ").Append(published.Iso).Append('\n');
        }

        Optional(yaml, "submitted_by", paper.SubmittedBy);
        return yaml.ToString();
    }

    public static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

    private static void Optional(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static void AppendAbstract(StringBuilder yaml, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        // A block scalar cannot start with an indented line or hold characters YAML forbids; quote those.
        if (lines.Length == 0 || lines[0].StartsWith(' ') || text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            yaml.Append("abstract: ").Append(Quote(text)).Append('\n');
            return;
        }

        yaml.Append("abstract: |\n");
        foreach (var line in lines)
        {
            yaml.Append(line.Length == 0 ? "" : "  " + line.TrimEnd()).Append('\n');
        }
    }
}
