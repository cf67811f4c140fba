namespace PaperSite.Tests.Hostile;

/// <summary>The scanner the hostile tests rely on finds what it must: a scanner that finds nothing proves nothing.</summary>
public sealed class OutputScannerTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>")]
    [InlineData("<script src=\"/archive/assets/app.js\">alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<p OnMouseOver=\"alert(1)\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\" \u0001javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<img srcset=\"https://ok.example/a.png 1x, javascript:alert(1) 2x\">")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<form action=\"https://evil.example/\"><button>x</button></form>")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">")]
    [InlineData("<meta property=\"og:url\" content=\"javascript:alert(1)\">")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    public void Finds_what_could_run_or_lead_somewhere_dangerous(string html)
    {
        var findings = new List<string>();

        OutputScanner.ScanHtml($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>", "page.html", "/archive/assets/", findings);

        Assert.NotEmpty(findings);
    }

    [Theory]
    [InlineData("<a href=\"https://example.org/\">x</a>")]
    [InlineData("<a href=\"mailto:someone@example.org\">x</a>")]
    [InlineData("<a href=\"/archive/papers/a/\">x</a> <a href=\"#main\">y</a> <a href=\"../x\">z</a>")]
    [InlineData("<script src=\"/archive/assets/app.js\"></script>")]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) onerror=alert(1)</p>")]
    [InlineData("<a href=\"https://example.org/?q=javascript:x\" title=\"onclick\">x</a>")]
    public void Lets_safe_markup_pass(string html)
    {
        var findings = new List<string>();

        OutputScanner.ScanHtml($"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>", "page.html", "/archive/assets/", findings);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("<rss><channel><item><description>&lt;script&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>")]
    [InlineData("<rss><channel><item><description><![CDATA[<img src=x onerror=alert(1)>]]></description></item></channel></rss>")]
    [InlineData("<rss><channel><link>javascript:alert(1)</link></channel></rss>")]
    [InlineData("<rss><channel><item><script>alert(1)</script></item></channel></rss>")]
    [InlineData("<rss><channel><title>unclosed</channel></rss>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel><title>&x;</title></channel></rss>")]
    public void Reads_feeds_as_a_feed_reader_would(string xml)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "feed.xml"), xml);

        Assert.NotEmpty(OutputScanner.Scan(folder.Path, "/archive/assets/"));
    }

    [Fact]
    public void Flags_a_path_that_is_not_plain_lowercase_ascii()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "tags", "C++"));
        File.WriteAllText(Path.Combine(folder.Path, "tags", "C++", "index.html"), "<!DOCTYPE html><title>t</title>");

        Assert.Single(OutputScanner.Scan(folder.Path, "/archive/assets/"));
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("papersite-scan-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
