using System.Text.RegularExpressions;
using PaperSite.Loading;

namespace PaperSite.Importing;

/// <summary>The text and identifier clean-ups that both importers share.</summary>
internal static partial class ImportText
{
    /// <summary>
    /// An abstract as Markdown paragraphs: blank lines separate paragraphs, every other run of white
    /// space becomes one space. Sources wrap lines and indent them; kept as they are, an indented line
    /// would become a Markdown code block.
    /// </summary>
    public static string Paragraphs(string text, bool indentStartsParagraph = false)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (indentStartsParagraph)
        {
            // arXiv's own convention: a line that starts with white space starts a new paragraph.
            normalized = IndentedLine().Replace(normalized, "\n\n");
        }

        var paragraphs = BlankLines().Split(normalized)
            .Select(MappingFields.CollapseWhiteSpace)
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>An arXiv id from <c>arXiv:2510.08521v2</c>, <c>2510.08521</c> or an arxiv.org abstract or PDF URL; null when it is none.</summary>
    public static string? ArxivIdFrom(string text)
    {
        var match = ArxivReference().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        return Identifiers.IsArxivId(id) ? id : null;
    }

    /// <summary>An arXiv id mentioned anywhere in free text, as Google Scholar writes it: <c>arXiv preprint arXiv:1706.03762</c>.</summary>
    public static string? ArxivIdMentionedIn(string text)
    {
        var match = ArxivMention().Match(text);
        return match.Success && Identifiers.IsArxivId(match.Groups["id"].Value) ? match.Groups["id"].Value : null;
    }

    /// <summary>An arXiv category: <c>cs.CL</c>, <c>hep-th</c>, <c>math.AG</c>, <c>astro-ph.CO</c>, <c>physics.ins-det</c>, <c>q-bio.NC</c>.</summary>
    public static bool IsArxivCategory(string term) => ArxivCategory().IsMatch(term);

    public static string WithoutVersion(string arxivId) => ArxivVersion().Replace(arxivId, "");

    /// <summary>A DOI without the resolver or <c>doi:</c> prefix that files often carry.</summary>
    public static string BareDoi(string text)
    {
        var doi = text.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi[prefix.Length..].Trim();
            }
        }

        return doi;
    }

    [GeneratedRegex(@"\n[ \t]+(?=\S)")]
    private static partial Regex IndentedLine();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(?:arxiv:\s*|https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)?(?<id>[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]+)?|[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?)(?:\.pdf)?/?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivReference();

    [GeneratedRegex(@"arxiv:\s*(?<id>[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]+)?|[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?)(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivMention();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*(\\.[A-Za-z]+(-[a-z]+)*)?\\z")]
    private static partial Regex ArxivCategory();

    [GeneratedRegex("v[0-9]+\\z")]
    private static partial Regex ArxivVersion();
}
