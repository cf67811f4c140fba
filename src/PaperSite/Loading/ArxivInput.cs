using System.Text.RegularExpressions;

namespace PaperSite.Loading;

/// <summary>
/// An arXiv id as people paste it: <c>arXiv:1612.00796</c>, <c>https://arxiv.org/abs/1612.00796v2</c>,
/// <c>arxiv.org/pdf/1612.00796.pdf</c>. Each is read as the bare id it stands for, and the caller warns
/// that it was rewritten; anything else is left for the id check to refuse.
/// </summary>
internal static partial class ArxivInput
{
    /// <summary>The bare id when <paramref name="text"/> is a pasted form of one; null when it is already bare or is no arXiv id at all.</summary>
    public static string? Normalise(string text)
    {
        var match = PastedForm().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        return Identifiers.IsArxivId(id) && id != text ? id : null;
    }

    [GeneratedRegex(@"^(?:arxiv:\s*|(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)(?<id>[^\s?#]+?)(?:\.pdf)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PastedForm();
}
