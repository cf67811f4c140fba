using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using PaperSite.Diagnostics;
using PaperSite.Indexing;
using PaperSite.Loading;
using PaperSite.Markdown;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Tests.Properties;

/// <summary>Properties that hold for any input, checked on thousands of generated ones (CsCheck shrinks a failure to a small case).</summary>
public sealed partial class PropertyTests
{
    /// <summary>Characters YAML gives meaning to, so generated records hit the parser's corners rather than plain text.</summary>
    private static readonly Gen<string> YamlLike = Gen.String[Gen.Char["ab1:- \n\t[]{},&*!|>'\"#%@`?~\\\r\u00e9\u202e"], 0, 80];

    private static readonly Gen<string> MarkdownLike = Gen.OneOf<string>(
            "[x](", "](", ")", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "&#106;", "&#x6A;", "<script>", "<a href=",
            " onclick=", "\"", "'", "$", "$$", "\\frac{", "}", "*", "_", "`", "\n", "\n\n", "> ", "- ", "http://e.org/", "https://e.org/?a=<b>", "<", ">",
            "![i](", "<http://x>", "<javascript:alert(1)>", "\\", "\t", " ")
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Record_reader_never_throws_on_any_bytes()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var diagnostics = new DiagnosticBag();
            var paper = PaperRecordReader.Read(bytes, "input/papers/x.yaml", diagnostics);
            Assert.True(paper is not null || diagnostics.HasErrors);
        }, iter: 3000);
    }

    [Fact]
    public void Record_reader_never_throws_on_yaml_like_text_and_every_error_has_a_position_inside_the_file()
    {
        YamlLike.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            PaperRecordReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "input/papers/x.yaml", diagnostics);
            // YAML breaks lines at CR LF, LF and a lone CR alike.
            var lineCount = LineBreak().Split(text).Length + 1;
            Assert.All(diagnostics.ToSortedList(), d => Assert.InRange(d.Line, 0, lineCount));
        }, iter: 5000);
    }

    [Fact]
    public void Every_tag_slug_is_url_safe()
    {
        Gen.String.Where(s => Tag.KeyOf(s).Length > 0).Sample(spelling =>
        {
            var slug = TagSlugs.Of(Tag.KeyOf(spelling));
            Assert.Matches(SlugPattern(), slug);
            Assert.Equal(slug, Uri.EscapeDataString(slug));
        }, iter: 5000);
    }

    [Fact]
    public void Two_different_tags_never_get_the_same_slug()
    {
        // A small alphabet makes near-collisions ("a b", "a-b", "A B", "a+b") common.
        var spelling = Gen.String[Gen.Char["aB -+é"], 1, 5];
        spelling.Array[1, 12].Sample(spellings =>
        {
            var keys = spellings.Select(Tag.KeyOf).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var slugs = TagSlugs.Assign(keys);
            Assert.Equal(keys.Count, slugs.Values.Distinct(StringComparer.Ordinal).Count());
        }, iter: 5000);
    }

    [Fact]
    public void Html_escaping_round_trips_and_leaves_no_markup_characters()
    {
        Gen.String.Sample(text =>
        {
            var escaped = Escaping.Html(text);
            Assert.DoesNotMatch("[<>\"']", escaped);
            var xmlAllowed = new string(text.Where((c, i) => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray());
            if (!xmlAllowed.Any(char.IsSurrogate) && !xmlAllowed.Any(c => c >= '\uFFFE'))
            {
                Assert.Equal(xmlAllowed, WebUtility.HtmlDecode(escaped));
            }
        }, iter: 5000);
    }

    [Fact]
    public void Json_escaping_round_trips()
    {
        Gen.String.Where(s => !s.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') && !s.Any(char.IsSurrogate) && !s.Any(c => c >= '\uFFFE')).Sample(text =>
        {
            Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(Escaping.JsonString(text)));
        }, iter: 3000);
    }

    [Fact]
    public void Rendered_abstracts_never_carry_script_handlers_or_unsafe_links()
    {
        MarkdownLike.Sample(markdown =>
        {
            var html = AbstractRenderer.Render(markdown).Html;
            var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
            Assert.Empty(fragment.QuerySelectorAll("script, iframe, object, embed, img"));
            foreach (var element in fragment.Body!.QuerySelectorAll("*"))
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} from {markdown}");
                    if (attribute.Name is "href" or "src")
                    {
                        Assert.True(attribute.Value.StartsWith("http://", StringComparison.Ordinal) || attribute.Value.StartsWith("https://", StringComparison.Ordinal), $"unsafe link {attribute.Value} from {markdown}");
                    }
                }
            }
        }, iter: 5000);
    }

    [Fact]
    public void Url_checks_never_throw_and_accept_only_http_urls()
    {
        Gen.String.Sample(text =>
        {
            if (Identifiers.IsWebUrl(text))
            {
                Assert.True(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
            }

            if (AbstractRenderer.IsSafeLink(text))
            {
                Assert.True(Identifiers.IsWebUrl(text));
            }
        }, iter: 5000);
    }

    [Fact]
    public void Paper_addresses_of_valid_ids_stay_inside_the_site()
    {
        var id = Gen.String[Gen.Char["abz09._-"], 1, 20].Where(Identifiers.IsPaperId);
        id.Sample(paperId =>
        {
            var settings = new SiteSettings { Title = "T", BaseUrl = new Uri("https://user.github.io/repo/") };
            var absolute = new Uri(new Views.SiteUrls(settings).Absolute(Views.SiteUrls.PaperPath(paperId)));
            Assert.StartsWith("/repo/papers/", absolute.AbsolutePath, StringComparison.Ordinal);
            Assert.DoesNotContain("..", Views.SiteUrls.FileOf(Views.SiteUrls.PaperPath(paperId)).Split('/').Where(part => part != paperId));
        }, iter: 3000);
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

}
