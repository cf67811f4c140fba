using CsCheck;

namespace PaperSite.Tests.Properties;

/// <summary>
/// Generators of hostile text: random characters are easy, but the inputs that break parsers are made of
/// syntax. These splice YAML, Markdown, HTML and URL fragments with odd Unicode, so a few thousand samples
/// reach the corners that millions of random bytes would not.
/// </summary>
internal static class HostileGen
{
    private static readonly string[] YamlTokens =
    [
        "title", "date", "abstract", "tags", "links", "authors", "id", "name", "affiliation", "orcid", ":", ": ", " ", "  ", "\n", "\r\n", "\t",
        "- ", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a", "!!str ", "!x ", "!<tag:a> ", "|", ">", "#", "? ", "---", "...", "%YAML 1.2\n",
        "2025-10-10", "2025-02-30", "x", "<script>", "javascript:", "https://example.org/", "\\", "\\u202E", "\u202E", "\u200B", "\0", "\\0",
        "é", "😀", "\uD83D", "<<", "[[[", "]]]", "{a: ", "@", "`", "$", "\\x01", "\uFEFF", "\u2028", "~", "null", "0000-0002-1825-0097", "10.1/x",
    ];

    private static readonly string[] MarkdownTokens =
    [
        "[", "]", "(", ")", "![", "<", ">", "*", "**", "_", "`", "$", "$$", "~~", "^", "\\", "\n", "\n\n", " ", "  \n", "> ", "- ", "1. ", "#",
        "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,", "file:", "mailto:", "http://", "https://", "//", "www.", "example.org",
        "&#106;", "&#x6A;", "&Tab;", "&lt;", "&amp;", "%6A", "\t", "\u0001", "\u0000", "alert(1)", "<script>", "<img src=x onerror=alert(1)>",
        "\" onmouseover=\"", "'", "\"", "[x]: ", "[x]", "@", "a", "é", "\u202E", "<https://a.b/\"onclick=\">", "<a@b.c>",
    ];

    private static readonly string[] UrlTokens =
    [
        "javascript", "JaVaScRiPt", "java", "script", "vbscript", "data", "file", "http", "https", "HTTP", "mailto", ":", "//", "/", "\\", " ",
        "\t", "\n", "\r", "\u0000", "\u0001", "&#106;", "%6A", "%00", "@", "example.org", "127.0.0.1", "[::1]", "?", "#", "=", "\"", "'", "<", ">",
        "\u202E", "ｊ", "ä", "xn--", ":80", ":99999", "..", ".", "alert(1)",
    ];

    public static Gen<string> Yaml { get; } = Splice(YamlTokens, 60);

    public static Gen<string> Markdown { get; } = Splice(MarkdownTokens, 80);

    public static Gen<string> Url { get; } = Splice(UrlTokens, 20);

    /// <summary>Any text at all, surrogates and controls included, plus the spliced kinds above.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(Gen.String, Gen.Char.Array[0, 40].Select(chars => new string(chars)), Yaml, Markdown, Url);

    private static Gen<string> Splice(string[] tokens, int maxTokens) =>
        Gen.Int[0, tokens.Length - 1].Array[0, maxTokens].Select(indexes => string.Concat(indexes.Select(i => tokens[i])));
}
