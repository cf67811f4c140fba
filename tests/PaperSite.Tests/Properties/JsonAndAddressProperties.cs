using CsCheck;
using PaperSite.Loading;
using PaperSite.Model;
using PaperSite.Rendering;
using PaperSite.Views;

namespace PaperSite.Tests.Properties;

public sealed class JsonAndAddressProperties
{
    [Fact]
    public void Json_escaping_round_trips_any_text_xml_allows()
    {
        Gen.String.Where(s => !s.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') && !s.Any(char.IsSurrogate) && !s.Any(c => c >= '\uFFFE')).Sample(text =>
        {
            Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(Escaping.JsonString(text)));
        }, iter: 3000);
    }

    /// <summary>
    /// Candidate ids: any text at all; id letters mixed with line breaks, controls and separators; and a
    /// valid id with any one character after it (the shape "a\n" that '$' once let through).
    /// </summary>
    internal static Gen<string> IdCandidates { get; } = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["abz09._-\n\r\t\0\u0085\u2028 /\\:%"], 1, 20],
        Gen.Select(Gen.String[Gen.Char["abz09._-"], 1, 12], Gen.OneOf(Gen.Char, Gen.Char["\n\r\t\0\u0085\u2028"]), (id, last) => id + last));

    /// <summary>What an id may hold, said without a regular expression so the check does not share the validator's flaws.</summary>
    internal static bool IsSafeIdText(string id) =>
        id.Length is > 0 and <= 120 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-') && id[0] is not ('.' or '_' or '-');

    [Fact]
    public void Any_text_the_id_check_accepts_is_a_safe_address_inside_the_site()
    {
        var settings = new SiteSettings { Title = "T", BaseUrl = new Uri("https://user.github.io/repo/") };
        var urls = new SiteUrls(settings);
        IdCandidates.Sample(paperId =>
        {
            if (!Identifiers.IsPaperId(paperId))
            {
                return;
            }

            Assert.True(IsSafeIdText(paperId), $"accepted id '{paperId}' holds a character an address must not");
            var absolute = new Uri(urls.Absolute(SiteUrls.PaperPath(paperId)));
            Assert.StartsWith("/repo/papers/", absolute.AbsolutePath, StringComparison.Ordinal);
            var file = SiteUrls.FileOf(SiteUrls.PaperPath(paperId));
            Assert.Equal($"papers/{paperId}/index.html", file);
            Assert.False(Path.IsPathRooted(file));
        }, iter: 20_000);
    }
}
