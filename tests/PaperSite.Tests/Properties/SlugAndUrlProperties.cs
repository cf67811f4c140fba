using System.Text.RegularExpressions;
using CsCheck;
using PaperSite.Indexing;
using PaperSite.Loading;
using PaperSite.Abstracts;
using PaperSite.Model;
using PaperSite.Tests.Hostile;

namespace PaperSite.Tests.Properties;

/// <summary>Slugs are URL-safe and unique; URL checks never throw and pass only web URLs; abstracts never link elsewhere.</summary>
public sealed partial class SlugAndUrlProperties
{
    private static readonly string[] LookAlikeTokens = ["fine", "tuning", " ", "-", "_", "c", "+", "#", "LLM", "llm", "м", "é", "e\u0301", "中", "😀", "0", "1", "a", "f", "9", ".", "/", ".."];

    [Fact]
    public void The_slug_of_any_tag_is_plain_lowercase_ascii_and_never_a_path()
    {
        HostileGen.Text.Sample(text =>
        {
            var slug = Slugs.Of(Tag.KeyOf(text));
            Assert.Matches(SafeSlug(), slug);
            // About 60 readable characters, a hyphen and an 8-digit hash: well within a file name's 255 bytes.
            Assert.InRange(slug.Length, 1, 80);
        }, iter: 20_000);
    }

    [Fact]
    public void Different_tags_never_get_the_same_slug_in_any_order()
    {
        var lookAlike = Gen.Int[0, LookAlikeTokens.Length - 1].Array[1, 6].Select(parts => string.Concat(parts.Select(i => LookAlikeTokens[i])));
        var tags = Gen.OneOf(lookAlike, HostileGen.Text).Array[0, 60];
        tags.Sample(spellings =>
        {
            var keys = spellings.Select(Tag.KeyOf).Distinct(StringComparer.Ordinal).ToList();

            // A tag spelt as another tag's hashed slug must not take its page either.
            keys.AddRange(keys.Take(3).Select(key => Slugs.Of(key)).Where(slug => !keys.Contains(slug)).Distinct(StringComparer.Ordinal).ToList());
            var slugs = Slugs.Assign(keys);
            var reversed = Slugs.Assign(Enumerable.Reverse(keys));

            Assert.Equal(keys.Count, slugs.Values.Distinct(StringComparer.Ordinal).Count());
            Assert.All(slugs.Values, slug => Assert.Matches(SafeSlug(), slug));
            Assert.All(keys, key => Assert.Equal(slugs[key], reversed[key]));
        }, iter: 3_000);
    }

    [Fact]
    public void Tag_keys_ignore_case_and_runs_of_white_space_and_are_stable()
    {
        HostileGen.Text.Sample(text =>
        {
            var key = Tag.KeyOf(text);
            Assert.Equal(key, Tag.KeyOf(key));
            Assert.Equal(key, Tag.KeyOf("  " + text.ToUpperInvariant().Replace(" ", " \t ", StringComparison.Ordinal) + "\n"));
        }, iter: 10_000);
    }

    [Fact]
    public void Url_checks_never_throw_and_pass_only_absolute_web_urls()
    {
        HostileGen.Url.Sample(url =>
        {
            if (Identifiers.IsWebUrl(url))
            {
                var uri = new Uri(url);
                Assert.Contains(uri.Scheme, (string[])["http", "https"]);
                Assert.DoesNotContain(url, c => char.IsControl(c) || c == ' ');
            }

            if (AbstractRenderer.IsSafeLink(url))
            {
                Assert.True(Identifiers.IsWebUrl(url));
                Assert.Matches("^(?i:https?)://", url);
            }
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("//\u202E")]
    [InlineData("https://\u200E")]
    [InlineData("http://exa\u200Bmple.org/")]
    [InlineData("https://example.org/\uD800")]
    public void Addresses_that_make_the_runtimes_parser_throw_are_plain_refusals(string url)
    {
        Assert.False(Identifiers.IsWebUrl(url));
        Assert.False(AbstractRenderer.IsSafeLink(url));
    }

    [Fact]
    public void Any_abstract_renders_without_throwing_and_without_script_handlers_or_foreign_links()
    {
        HostileGen.Markdown.Sample(markdown =>
        {
            if (AbstractRenderer.FindProblem(markdown) is not null)
            {
                return;
            }

            var findings = new List<string>();
            OutputScanner.ScanHtml($"<!DOCTYPE html><title>t</title><div>{AbstractRenderer.ToHtml(markdown)}</div>", "abstract", assetsPath: null, findings);
            Assert.Empty(findings);
            var links = Regex.Matches(AbstractRenderer.ToHtml(markdown), "href=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
            Assert.All(links, href => Assert.Matches("^https?://", href));
            Assert.DoesNotContain('\n', AbstractRenderer.ToPlainText(markdown));
        }, iter: 10_000);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SafeSlug();
}
