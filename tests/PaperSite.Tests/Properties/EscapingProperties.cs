using System.Net;
using AngleSharp.Html.Parser;
using CsCheck;
using PaperSite.Diagnostics;
using PaperSite.Rendering;

namespace PaperSite.Tests.Properties;

/// <summary>Escaping round-trips: what a browser or XML reader decodes is exactly the text, less what XML forbids.</summary>
public sealed class EscapingProperties
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Escaped_text_decodes_back_to_the_text_and_holds_no_markup_characters()
    {
        HostileGen.Text.Sample(text =>
        {
            var escaped = Escaping.Html(text);
            var expected = Escaping.RemoveForbidden(text);

            Assert.DoesNotContain(escaped, c => c is '<' or '>' or '"' or '\'');
            Assert.Equal(expected, WebUtility.HtmlDecode(escaped));
            var document = Parser.ParseDocument($"<!DOCTYPE html><title>t</title><p title=\"{escaped}\">{escaped}</p>");
            var paragraph = document.QuerySelector("p")!;
            Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), paragraph.TextContent);
            Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), paragraph.GetAttribute("title"));
            Assert.Single(document.QuerySelector("body")!.Children);
        }, iter: 20_000);
    }

    [Fact]
    public void Escaped_text_is_well_formed_xml_that_reads_back_as_the_text()
    {
        HostileGen.Text.Sample(text =>
        {
            var escaped = Escaping.Xml(text);
            var element = System.Xml.Linq.XElement.Parse($"<e a=\"{escaped}\">{escaped}</e>", System.Xml.Linq.LoadOptions.PreserveWhitespace);

            // XML normalises line ends in text, and all white space in attributes.
            var expected = Escaping.RemoveForbidden(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            Assert.Equal(expected, element.Value);
            Assert.Equal(expected.Replace('\n', ' ').Replace('\t', ' '), element.Attribute("a")!.Value);
        }, iter: 20_000);
    }

    [Fact]
    public void A_diagnostic_is_one_printable_line_whatever_its_path_and_message()
    {
        Gen.Select(HostileGen.Text, HostileGen.Text).Sample((path, message) =>
        {
            var diagnostic = new Diagnostic(Severity.Error, "PS0001", path, 1, 1, message);

            Assert.DoesNotContain(diagnostic.ToString(), c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);
            Assert.DoesNotContain(diagnostic.ToGitHubAnnotation(), c => c is '\n' or '\r');
        }, iter: 20_000);
    }
}
