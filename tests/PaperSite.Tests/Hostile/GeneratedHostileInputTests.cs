using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// Hostile records too large or too binary to keep as files: each is refused with one clear diagnostic
/// (or built safely), quickly, never with an exception. The time bounds are hang guards, not measurements.
/// </summary>
public sealed class GeneratedHostileInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_one_megabyte_abstract_is_refused_at_its_value()
    {
        var record = "title: T\ndate: 2025-10-10\nabstract: " + new string('x', 1024 * 1024) + "\n";

        var problems = CheckRecord(record);

        Assert.Equal(["input/papers/x.yaml(3,11): error PS0115: 'abstract' may be at most 10,000 characters, got 1,048,576."], problems);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("[a](", "")]
    [InlineData("*a **a ", " a** a*")]
    [InlineData("*a_ ", "")]
    [InlineData("[ a_", "")]
    public void The_longest_allowed_abstract_of_markdown_worst_cases_builds_safely(string open, string close)
    {
        // Nested brackets and unclosed links are where Markdig's time grows fastest; at the length limit it stays bounded.
        var repeats = (10_000 - 1) / (open.Length + close.Length);
        var body = string.Concat(Enumerable.Repeat(open, repeats)) + "a" + string.Concat(Enumerable.Repeat(close, repeats));
        using var site = TestSite.Create("");
        site.Write("input/papers/x.yaml", "title: T\ndate: 2025-10-10\nabstract: \"" + body.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\n");

        var result = Guarded(() => site.BuildAnyway());

        // Either it renders (and is then scanned) or Markdig's depth limit makes it a diagnostic.
        if (result.Succeeded)
        {
            Assert.Empty(OutputScanner.Scan(site.OutputFolder, "/archive/assets/"));
        }
        else
        {
            Assert.Equal("PS0116", Assert.Single(result.Diagnostics).Code);
        }
    }

    [Fact]
    public void Five_thousand_tags_are_refused_before_any_is_looked_at()
    {
        var record = "title: T\ndate: 2025-10-10\nabstract: A.\ntags: [" + string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"tag{i}")) + "]\n";

        var problems = CheckRecord(record);

        Assert.Equal(["input/papers/x.yaml(4,7): error PS0115: 'tags' may hold at most 50 tags, got 5,000."], problems);
    }

    [Fact]
    public void An_alias_bomb_of_thirty_levels_is_refused_at_its_first_anchor_without_expanding()
    {
        var bomb = new StringBuilder("title: T\ndate: 2025-10-10\nabstract: A.\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 30; level++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        var problems = CheckRecord(bomb.ToString());

        Assert.Equal(["input/papers/x.yaml(4,5): error PS0004: anchors (&name) and aliases (*name) are not allowed in records; write the value out in full."], problems);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Flow_nesting_hundreds_of_thousands_deep_is_refused_at_the_seventeenth_level(int depth)
    {
        var record = "title: T\ndate: 2025-10-10\nabstract: A.\nauthors: " + new string('[', depth) + new string(']', depth) + "\n";

        var problems = CheckRecord(record);

        Assert.Equal(["input/papers/x.yaml(4,26): error PS0006: the YAML is nested more than 16 levels deep; records are flat mappings."], problems);
    }

    [Fact]
    public void Block_nesting_a_thousand_levels_deep_is_refused()
    {
        var record = new StringBuilder("title: T\ndate: 2025-10-10\nabstract: A.\nauthors:\n");
        for (var level = 1; level <= 1000; level++)
        {
            record.Append(' ', level).Append("k:\n");
        }

        var problems = CheckRecord(record.ToString());

        Assert.Single(problems);
        Assert.Contains("error PS0006", problems[0], StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> InvalidUtf8 => new()
    {
        { "lone continuation byte", [0x80] },
        { "overlong slash", [0xC0, 0xAF] },
        { "UTF-16 surrogate", [0xED, 0xA0, 0x80] },
        { "beyond U+10FFFF", [0xF5, 0x80, 0x80, 0x80] },
        { "byte 0xFF", [0xFF] },
        { "truncated sequence", [0xE2, 0x82, 0x20] },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Invalid_utf8_is_refused_at_its_line_and_column(string what, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("title: T\ndate: 2025-10-10\nabstract: ab").Concat(bad).Concat("cd\n"u8.ToArray()).ToArray();

        var problems = CheckRecord(bytes);

        Assert.True(problems.Count == 1, what);
        Assert.StartsWith("input/papers/x.yaml(3,13): error PS0002: the file is not valid UTF-8 (byte 0x", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_file_is_refused_as_not_utf8()
    {
        var problems = CheckRecord(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("title: T\n")).ToArray());

        Assert.Equal("input/papers/x.yaml(1,1): error PS0002: the file is not valid UTF-8 (byte 0xFF at offset 0); save it as UTF-8.", Assert.Single(problems));
    }

    [Fact]
    public void A_raw_nul_byte_in_a_value_is_a_yaml_error_on_its_line()
    {
        var problems = CheckRecord("title: T\ndate: 2025-10-10\nabstract: a\0b\n"u8.ToArray());

        Assert.Single(problems);
        Assert.Matches("^input/papers/x\\.yaml\\(3,[0-9]+\\): error PS0001: ", problems[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("   \n\n\t\n")]
    [InlineData("---\n")]
    [InlineData("---\n...\n")]
    [InlineData("~\n")]
    public void An_empty_file_is_one_clear_error(string content)
    {
        var problems = CheckRecord(content);

        Assert.Equal(["input/papers/x.yaml: error PS0003: a paper record must be a mapping with at least title, date and abstract; found an empty file."], problems);
    }

    [Fact]
    public void A_file_over_four_megabytes_is_refused_without_being_read_as_yaml()
    {
        var problems = CheckRecord(new byte[5 * 1024 * 1024]);

        Assert.Equal(["input/papers/x.yaml: error PS0007: the file is 5120 KiB; records may be at most 4 MiB."], problems);
    }

    [Theory]
    [InlineData("Bad Name.yaml")]
    [InlineData("..yaml")]
    [InlineData("UPPER.yaml")]
    public void A_file_name_that_cannot_be_an_id_is_refused(string name)
    {
        using var site = TestSite.Create("");
        site.Write("input/papers/" + name, "title: T\ndate: 2025-10-10\nabstract: A.\n");

        var result = site.Check();

        Assert.Equal("PS0104", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_file_name_of_250_characters_is_refused_as_an_id()
    {
        using var site = TestSite.Create("");
        site.Write("input/papers/" + new string('a', 245) + ".yaml", "title: T\ndate: 2025-10-10\nabstract: A.\n");

        var result = site.Check();

        Assert.Equal("PS0104", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_folder_named_like_a_record_is_reported_and_its_records_still_read()
    {
        using var site = TestSite.Create("-- input/papers/x.yaml/inner.yaml --\ntitle: Inner\ndate: 2025-10-10\nabstract: A.\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal("input/papers/x.yaml: warning PS0008: this is a folder, not a record; it is ignored.", Assert.Single(result.Diagnostics).ToString());
        Assert.True(site.OutputExists("papers/inner/index.html"));
    }

    public static TheoryData<string, string> HostileSettings => new()
    {
        { "base_url: \"javascript:alert(1)//\"", "PS0202" },
        { "base_url: \"https://example.org/?q=<script>\"", "PS0202" },
        { "base_url: \"data:text/html,<script>alert(1)</script>\"", "PS0202" },
        { "base_url: \"https://example.org/#\\\"><script>\"", "PS0202" },
        { "base_url: https://example.org/\nlanguage: \"en\\\"><script>alert(1)</script>\"", "PS0202" },
        { "base_url: https://example.org/\ndescription: &d x\ntitle_again: *d", "PS0004" },
    };

    [Theory]
    [MemberData(nameof(HostileSettings))]
    public void Hostile_site_settings_are_refused(string settings, string code)
    {
        using var site = TestSite.Create($"-- input/site.yaml --\ntitle: T\n{settings}\n-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n");

        var result = Guarded(() => site.BuildExpectingFailure());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Path == "input/site.yaml" && d.Line > 0);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Fact]
    public void A_site_yaml_that_is_a_folder_is_a_diagnostic()
    {
        using var site = TestSite.Create("-- input/site.yaml/x.txt --\nx\n-- input/papers/a.yaml --\ntitle: A\ndate: 2025-10-10\nabstract: A.\n", withDefaultSettings: false);

        var result = site.BuildExpectingFailure();

        Assert.Equal("input/site.yaml: error PS0008: this is a folder, not a file.", Assert.Single(result.Diagnostics).ToString());
    }

    private static List<string> CheckRecord(string record) => CheckRecord(new UTF8Encoding(false).GetBytes(record));

    private static List<string> CheckRecord(byte[] record)
    {
        using var site = TestSite.Create("");
        site.WriteBytes("input/papers/x.yaml", record);
        var result = Guarded(() => site.Check());
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    private static BuildResult Guarded(Func<BuildResult> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(HangGuard), $"did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }
}
