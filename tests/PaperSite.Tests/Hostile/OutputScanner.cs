using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// Reads a built site the way a browser and a feed reader would, and lists everything in it that
/// could run code or lead somewhere dangerous: a script that is not the theme's own, an element that
/// embeds or redirects, an <c>on*</c> event attribute, a URL whose scheme is not http, https or mailto
/// (after the browser's own clean-up: entities decoded, tabs and line breaks dropped, case ignored),
/// a feed that is not well-formed XML or whose HTML does any of the above, and a file whose path is not
/// plain lowercase ASCII.
/// </summary>
internal static partial class OutputScanner
{
    private static readonly HashSet<string> SafeSchemes = ["http", "https", "mailto"];

    private static readonly HashSet<string> UrlAttributes =
    [
        "href", "src", "action", "formaction", "poster", "cite", "data", "background", "ping", "manifest",
        "codebase", "longdesc", "usemap", "lowsrc", "dynsrc", "xlink:href", "srcset", "imagesrcset",
    ];

    private static readonly HashSet<string> EmbeddingElements =
    [
        // MathML is PaperSite's own formula output; annotation-xml is the part of it that could carry foreign markup.
        "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "annotation-xml", "portal", "template",
    ];

    // Meta tags whose content is a URL the page points readers or crawlers at.
    private static readonly HashSet<string> UrlMetaNames = ["og:url", "og:image", "citation_pdf_url", "citation_public_url", "twitter:image"];

    private static readonly HtmlParser Parser = new();

    /// <param name="assetsPath">The site path of the theme's assets ("/archive/assets/"): the only place a script may come from.</param>
    public static IReadOnlyList<string> Scan(string outputFolder, string assetsPath)
    {
        var findings = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            if (!SafePath().IsMatch(relative))
            {
                findings.Add($"{relative}: the path is not plain lowercase ASCII");
            }

            if (new FileInfo(file).LinkTarget is not null)
            {
                findings.Add($"{relative}: a symbolic link in the output");
                continue;
            }

            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    ScanHtml(text, relative, assetsPath, findings);
                    break;
                case ".xml" or ".atom":
                    ScanFeed(text, relative, findings);
                    break;
                case ".json":
                    ScanJsonFeed(text, relative, findings);
                    break;
                case ".css":
                    if (CssDanger().IsMatch(text))
                    {
                        findings.Add($"{relative}: the stylesheet calls out (url(javascript:...), expression(), @import)");
                    }

                    break;
                case ".js" or ".svg" when relative.StartsWith("assets/", StringComparison.Ordinal):
                    // The theme's own files: trusted, like the templates.
                    break;
                case ".txt" when relative == "robots.txt":
                    break;
                default:
                    findings.Add($"{relative}: an unexpected kind of file");
                    break;
            }
        }

        return findings;
    }

    /// <summary>Scans one HTML document or fragment; <paramref name="assetsPath"/> null means no script is allowed at all (feed content).</summary>
    public static void ScanHtml(string html, string where, string? assetsPath, List<string> findings)
    {
        // A literal "<script" anywhere, even where a parser would not make an element of it, is one escape away from running.
        foreach (Match match in RawScript().Matches(html))
        {
            var context = html.Substring(match.Index, Math.Min(60, html.Length - match.Index));
            var themeScript = assetsPath is not null && (context.Contains($"src=\"{assetsPath}", StringComparison.Ordinal) || context.StartsWith(JsonLdOpening, StringComparison.Ordinal));
            if (!themeScript)
            {
                findings.Add($"{where}: raw '{context}'");
            }
        }

        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            ScanElement(element, where, assetsPath, findings);
        }
    }

    private const string JsonLdOpening = "<script type=\"application/ld+json\">";

    /// <summary>
    /// A JSON-LD data block is never run, but it is only safe while its text cannot end the element or open
    /// another: it must parse as JSON and hold no '&lt;' at all (the writer escapes it as \u003C).
    /// </summary>
    private static bool IsSafeJsonLd(IElement element)
    {
        if (element.GetAttribute("type") != "application/ld+json" || element.Attributes.Length != 1 || element.InnerHtml.Contains('<'))
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static void ScanElement(IElement element, string where, string? assetsPath, List<string> findings)
    {
        var name = element.LocalName;
        if (name == "script")
        {
            var src = element.GetAttribute("src");
            var fromTheme = assetsPath is not null && src is not null && src.StartsWith(assetsPath, StringComparison.Ordinal) && element.TextContent.Trim().Length == 0;
            if (!fromTheme && !IsSafeJsonLd(element))
            {
                findings.Add($"{where}: <script> not from the theme: {Shorten(element.OuterHtml)}");
            }
        }

        if (EmbeddingElements.Contains(name))
        {
            findings.Add($"{where}: <{name}> element: {Shorten(element.OuterHtml)}");
        }

        if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add($"{where}: <meta http-equiv=refresh>");
        }

        if (name == "meta" && (element.GetAttribute("property") ?? element.GetAttribute("name")) is { } metaName && UrlMetaNames.Contains(metaName))
        {
            CheckUrl(element.GetAttribute("content") ?? "", $"{where}: <meta {metaName}>", findings);
        }

        foreach (var attribute in element.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            if (attributeName.StartsWith("on", StringComparison.Ordinal))
            {
                findings.Add($"{where}: event attribute {attributeName}=\"{Shorten(attribute.Value)}\" on <{name}>");
            }
            else if (attributeName is "srcset" or "imagesrcset")
            {
                foreach (var candidate in attribute.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    CheckUrl(candidate.Split(' ')[0], $"{where}: <{name} {attributeName}>", findings);
                }
            }
            else if (UrlAttributes.Contains(attributeName))
            {
                CheckUrl(attribute.Value, $"{where}: <{name} {attributeName}>", findings);
            }
            else if (attributeName == "style" && CssDanger().IsMatch(attribute.Value))
            {
                findings.Add($"{where}: style attribute calls out: {Shorten(attribute.Value)}");
            }
        }
    }

    /// <summary>
    /// A JSON Feed: <c>content_html</c> is HTML a reader renders; every URL field must be safe. Plain-text
    /// fields (<c>content_text</c>, <c>summary</c>, <c>title</c>) are shown as text by definition.
    /// </summary>
    private static void ScanJsonFeed(string json, string where, List<string> findings)
    {
        System.Text.Json.JsonDocument document;
        try
        {
            document = System.Text.Json.JsonDocument.Parse(json);
        }
        catch (System.Text.Json.JsonException error)
        {
            findings.Add($"{where}: not valid JSON: {error.Message}");
            return;
        }

        using (document)
        {
            Walk(document.RootElement);
        }

        void Walk(System.Text.Json.JsonElement element)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        var value = property.Value.GetString()!;
                        if (property.Name == "content_html")
                        {
                            ScanHtml(value, $"{where} content_html", assetsPath: null, findings);
                        }
                        else if (property.Name is "url" or "external_url" or "home_page_url" or "feed_url" or "next_url" or "image" or "banner_image" or "icon" or "favicon")
                        {
                            CheckUrl(value, $"{where}: {property.Name}", findings);
                        }
                    }
                    else
                    {
                        Walk(property.Value);
                    }
                }
            }
        }
    }

    private static void ScanFeed(string xml, string where, List<string> findings)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document = XDocument.Load(reader);
        }
        catch (XmlException error)
        {
            findings.Add($"{where}: not well-formed XML: {error.Message}");
            return;
        }

        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (name == "script")
            {
                findings.Add($"{where}: <script> element in the feed");
            }

            foreach (var attribute in element.Attributes())
            {
                var attributeName = attribute.Name.LocalName.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    findings.Add($"{where}: event attribute {attributeName} on <{name}>");
                }
                else if (attributeName is "href" or "src" or "url")
                {
                    CheckUrl(attribute.Value, $"{where}: <{name} {attributeName}>", findings);
                }
            }

            if (name is "link" or "guid" or "comments" or "docs" or "url" && !element.HasElements)
            {
                CheckUrl(element.Value, $"{where}: <{name}>", findings);
            }

            // Feed readers render these as HTML, without the page's Content-Security-Policy. A title is plain
            // text in RSS, escaped once, as Hugo and WordPress write it; markup in it would be an XML element, caught above.
            if (name is "description" or "encoded" or "content" or "summary" && !element.HasElements)
            {
                ScanHtml(element.Value, $"{where} <{name}>", assetsPath: null, findings);
            }
        }
    }

    /// <summary>Judges a URL as a browser reads it: surrounding controls and spaces trimmed, tabs and line breaks inside removed.</summary>
    public static void CheckUrl(string url, string where, List<string> findings)
    {
        var cleaned = new string(url.Trim('\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u0008', '\u0009', '\u000A',
            '\u000B', '\u000C', '\u000D', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018',
            '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F', ' ').Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        var scheme = Scheme().Match(cleaned);
        if (scheme.Success && !SafeSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant()))
        {
            findings.Add($"{where}: dangerous URL '{Shorten(url)}'");
        }

        if (cleaned.Any(char.IsControl))
        {
            findings.Add($"{where}: control character in URL '{Shorten(url)}'");
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    /// <summary>Plain lowercase ASCII, except ISO 8601's capital W in week addresses (<c>weeks/2025-W41/</c>), which the site's addresses keep.</summary>
    [GeneratedRegex("^(weeks/[0-9]{4}-W[0-9]{2}/index\\.html|[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*)\\z")]
    private static partial Regex SafePath();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex("<\\s*script", RegexOptions.IgnoreCase)]
    private static partial Regex RawScript();

    [GeneratedRegex("javascript:|vbscript:|expression\\s*\\(|@import|url\\s*\\(\\s*['\"]?\\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex CssDanger();
}
