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

    [Fact]
    public void Paper_addresses_of_valid_ids_stay_inside_the_site()
    {
        var settings = new SiteSettings { Title = "T", BaseUrl = new Uri("https://user.github.io/repo/") };
        var urls = new SiteUrls(settings);
        Gen.String[Gen.Char["abz09._-"], 1, 20].Where(Identifiers.IsPaperId).Sample(paperId =>
        {
            var absolute = new Uri(urls.Absolute(SiteUrls.PaperPath(paperId)));
            Assert.StartsWith("/repo/papers/", absolute.AbsolutePath, StringComparison.Ordinal);
            var file = SiteUrls.FileOf(SiteUrls.PaperPath(paperId));
            Assert.Equal($"papers/{paperId}/index.html", file);
            Assert.False(Path.IsPathRooted(file));
        }, iter: 3000);
    }
}
