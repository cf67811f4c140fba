using System.Text;
using CsCheck;
using PaperSite.Diagnostics;
using PaperSite.Loading;

namespace PaperSite.Tests.Properties;

/// <summary>The loader never throws, whatever the bytes, and a record it accepts obeys every rule.</summary>
public sealed class LoaderProperties
{
    [Fact]
    public void Reading_any_bytes_never_throws()
    {
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            PaperRecordReader.Read(bytes, "input/papers/x.yaml", new DiagnosticBag());
            SiteSettingsReader.Read(bytes, "input/site.yaml", null, new DiagnosticBag());
        }, iter: 5_000);
    }

    [Fact]
    public void Reading_any_yaml_like_text_never_throws_and_every_problem_is_one_located_line()
    {
        HostileGen.Yaml.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            PaperRecordReader.Read(Encoding.UTF8.GetBytes(text), "input/papers/x.yaml", diagnostics);
            SiteSettingsReader.Read(Encoding.UTF8.GetBytes(text), "input/site.yaml", null, diagnostics);
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                var line = diagnostic.ToString();
                Assert.DoesNotContain(line, c => char.IsControl(c));
                Assert.True(diagnostic.Line >= 0 && diagnostic.Column >= 0);
                Assert.Matches("^input/(papers/x|site)\\.yaml(\\([0-9]+,[0-9]+\\))?: (error|warning) PS[0-9]{4}: ", line);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void A_record_the_loader_accepts_obeys_every_rule_whatever_its_values()
    {
        Gen.Select(HostileGen.Text, HostileGen.Text, HostileGen.Text, HostileGen.Url, HostileGen.Text).Sample((title, summary, tag, url, id) =>
        {
            var record = $"id: {Quote(id)}\ntitle: {Quote(title)}\ndate: 2025-10-10\nabstract: {Quote(summary)}\ntags: [{Quote(tag)}]\nlinks:\n  code: {Quote(url)}\n";
            var paper = PaperRecordReader.Read(Encoding.UTF8.GetBytes(record), "input/papers/x.yaml", new DiagnosticBag());
            if (paper is null)
            {
                return;
            }

            Assert.True(Identifiers.IsPaperId(paper.Id));
            Assert.All(paper.Links, link => Assert.True(Identifiers.IsWebUrl(link.Url) && link.Url.StartsWith("http", StringComparison.Ordinal)));
            Assert.InRange(paper.Title.Length, 1, MappingFields.MaxLineLength);
            Assert.NotEmpty(paper.AbstractHtml);
            Assert.InRange(paper.AbstractText.Length, 0, PaperRecordReader.MaxAbstractLength);
            Assert.All(paper.Tags, t => Assert.InRange(t.Length, 1, PaperRecordReader.MaxTagLength));
            Assert.All((string[])[paper.Title, paper.AbstractHtml, paper.AbstractText, .. paper.Tags], text =>
                Assert.DoesNotContain(text, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\u2060' or '\uFEFF'));
        }, iter: 5_000);
    }

    [Fact]
    public void An_id_from_any_file_name_or_id_value_is_only_letters_digits_and_dots_dashes_underscores()
    {
        Gen.Select(JsonAndAddressProperties.IdCandidates, Gen.Bool).Sample((candidate, asFileName) =>
        {
            var record = "title: T\ndate: 2025-10-10\nabstract: A.\n" + (asFileName ? "" : $"id: {Quote(candidate)}\n");
            var path = asFileName ? $"input/papers/{candidate}.yaml" : "input/papers/x.yaml";
            var paper = PaperRecordReader.Read(Encoding.UTF8.GetBytes(record), path, new DiagnosticBag());
            if (paper is not null)
            {
                Assert.True(JsonAndAddressProperties.IsSafeIdText(paper.Id), $"accepted id '{paper.Id}'");
            }
        }, iter: 20_000);
    }

    /// <summary>A YAML double-quoted scalar holding exactly the text, whatever it is.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
