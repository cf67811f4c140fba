using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperSite.Loading;

/// <summary>The formats of the identifiers a record may carry. ASCII classes only: .NET's \d matches every script's digits.</summary>
internal static partial class Identifiers
{
    /// <summary>A paper id: its permanent address and feed guid.</summary>
    public static bool IsPaperId(string value) => value.Length <= 120 && PaperId().IsMatch(value);

    public static bool IsArxivId(string value) => IsNewArxivId(value) || OldArxivId().IsMatch(value);

    /// <summary>yymm.number: a real month, 4 digits after the dot up to 1412 and 5 from 1501.</summary>
    private static bool IsNewArxivId(string value)
    {
        var match = NewArxivId().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var month = int.Parse(value.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var yearMonth = int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var digits = match.Groups["number"].Length;
        return month is >= 1 and <= 12 && (yearMonth >= 1501 ? digits == 5 : digits == 4);
    }

    public static bool IsDoi(string value) => value.Length <= 300 && Doi().IsMatch(value);

    public static bool IsOrcid(string value) => Orcid().IsMatch(value);

    /// <summary>
    /// An absolute http or https URL with a host: the only links a record may carry. Control, space and
    /// invisible formatting characters (U+200E, U+202E, ...) are refused before <see cref="Uri"/> sees the
    /// text: they could disguise the address, and on some of them Uri.TryCreate throws instead of failing
    /// (IndexOutOfRangeException for "//" followed by U+202E).
    /// </summary>
    public static bool IsWebUrl(string value)
    {
        if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            // A lone surrogate enumerates as the replacement character.
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune == Rune.ReplacementChar || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                return false;
            }
        }

        try
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
                (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
                !string.IsNullOrEmpty(uri.Host);
        }
        catch (IndexOutOfRangeException)
        {
            // The runtime's own parser failing on odd input: not a URL anyone should follow.
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*\\z")]
    private static partial Regex PaperId();

    [GeneratedRegex("^[0-9]{4}\\.(?<number>[0-9]{4,5})(v[1-9][0-9]*)?\\z")]
    private static partial Regex NewArxivId();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*(\\.[A-Z]{2})?/[0-9]{7}(v[1-9][0-9]*)?\\z")]
    private static partial Regex OldArxivId();

    [GeneratedRegex("^10\\.[0-9]{4,9}/[^\\s\\p{Cc}\\p{Cf}]+\\z")]
    private static partial Regex Doi();

    [GeneratedRegex("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]\\z")]
    private static partial Regex Orcid();
}
