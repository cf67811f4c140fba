using System.Text.RegularExpressions;
using PaperSite.Testing;

namespace PaperSite.Tests.Hostile;

/// <summary>
/// The hostile corpus in <c>Hostile/corpus/</c>: <c>renders/</c> is a whole site of hostile records and
/// settings that must build and render safely; each file in <c>refused/</c> is a record that must be
/// refused, its expected diagnostics written in its own <c># expect: PS0106 (6,9)</c> lines.
/// </summary>
internal static partial class HostileCorpus
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus");

    /// <summary>The site path of the theme's assets in every test site: scripts may come from there only.</summary>
    public const string AssetsPath = "/archive/assets/";

    public static TheoryData<string> RefusedRecords()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "refused"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static byte[] RefusedRecord(string name) => File.ReadAllBytes(Path.Combine(Folder, "refused", name));

    /// <summary>The diagnostics a refused record's comments promise, as "PS0106(6,9)", or "PS0003" for the whole file.</summary>
    public static IReadOnlyList<string> ExpectedDiagnostics(string name) =>
        File.ReadAllLines(Path.Combine(Folder, "refused", name))
            .Select(line => Expectation().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["code"].Value + match.Groups["at"].Value.Replace(" ", "", StringComparison.Ordinal))
            .ToList();

    /// <summary>A fresh copy of the <c>renders/</c> site in a temporary root.</summary>
    public static TestSite CopyOfRendersSite()
    {
        var site = TestSite.Create("", withDefaultSettings: false);
        var source = Path.Combine(Folder, "renders");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        return site;
    }

    /// <summary>A diagnostic line as the command line prints it, reduced to "PS0106(6,9)".</summary>
    public static string Shape(string diagnosticLine)
    {
        var match = DiagnosticLine().Match(diagnosticLine);
        Assert.True(match.Success, $"not a one-line diagnostic: {diagnosticLine}");
        return match.Groups["code"].Value + match.Groups["at"].Value;
    }

    public static bool IsDiagnosticLine(string line) => DiagnosticLine().IsMatch(line);

    [GeneratedRegex("^# expect: (?<code>PS[0-9]{4})(?<at> ?\\([0-9]+, ?[0-9]+\\))?$")]
    private static partial Regex Expectation();

    [GeneratedRegex("^[^\\s()][^()]*?(?<at>\\([0-9]+,[0-9]+\\))?: (error|warning) (?<code>PS[0-9]{4}): \\S.*$")]
    private static partial Regex DiagnosticLine();
}
