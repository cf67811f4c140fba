using System.Text;
using System.Text.RegularExpressions;
using PaperSite.Text;

namespace PaperSite.Indexing;

/// <summary>
/// What makes two records one paper, for the checks across records and for import: the same arXiv id
/// whatever its version (an arXiv DOI <c>10.48550/arXiv.X</c> stands for arXiv id X), the same DOI
/// without regard to case (DOIs are case-insensitive), and, as a hint only, the same title once case,
/// accents, punctuation and spacing are set aside.
/// </summary>
internal static partial class SamePaper
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    /// <summary>The arXiv id without version, lower-cased; null when the paper has none.</summary>
    public static string? ArxivKey(string? arxivId, string? doi)
    {
        if (arxivId is not null)
        {
            return ArxivVersion().Replace(arxivId, "").ToLowerInvariant();
        }

        return doi is not null && doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase)
            ? ArxivVersion().Replace(doi[ArxivDoiPrefix.Length..], "").ToLowerInvariant()
            : null;
    }

    public static string? DoiKey(string? doi) => doi?.Trim().ToLowerInvariant();

    /// <summary>"Attention Is All You Need!" and "attention is all you need" give one key; a title of no letters or digits gives "".</summary>
    public static string TitleKey(string title)
    {
        var folded = AsciiFolding.Fold(title);
        var key = new StringBuilder(folded.Length);
        // Letters are appended as UTF-16 in place: a string a letter would be millions of them at 100,000 papers.
        Span<char> lower = stackalloc char[2];
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                key.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }

    [GeneratedRegex("v[0-9]+$")]
    private static partial Regex ArxivVersion();
}
