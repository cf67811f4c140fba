using System.Globalization;
using System.Text;

namespace PaperSite.Diagnostics;

/// <summary>How bad a problem in the user's input is. Warnings never fail a build unless it is strict.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in a user's input, printed like a compiler's:
/// <c>input/papers/x.yaml(12,3): error PS0103: 'date' must be a real date as yyyy-MM-dd, got '2025-02-30'.</c>
/// </summary>
/// <param name="Path">Path relative to the site root, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, SourceLocation at, string message) =>
        new(Severity.Error, code, at.Path, at.Line, at.Column, message);

    public static Diagnostic Warning(string code, SourceLocation at, string message) =>
        new(Severity.Warning, code, at.Path, at.Line, at.Column, message);

    /// <summary>The compiler-style line that <c>papersite build</c> and <c>check</c> print.</summary>
    public override string ToString()
    {
        var path = Printable(Path);
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{path}({Line},{Column})") : path;
        return $"{where}: {SeverityWord} {Code}: {Printable(Message)}";
    }

    /// <summary>The same problem as a GitHub Actions workflow command, so it shows on the pull request's diff.</summary>
    public string ToGitHubAnnotation()
    {
        var position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $",line={Line},col={Column}") : "";
        return $"::{SeverityWord} file={EscapeProperty(Printable(Path))}{position},title={Code}::{EscapeData(Printable(Message))}";
    }

    /// <summary>
    /// Paths and quoted values come from strangers' files. A line break in one would start a new line
    /// of output, which CI systems read as a command of their own ("::error::..." on GitHub), and a
    /// bidirectional override would make the line read differently from what it says; such characters
    /// are shown as \uXXXX escapes, so every diagnostic stays one honest line.
    /// </summary>
    internal static string Printable(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private string SeverityWord => IsError ? "error" : "warning";

    // Workflow commands treat %, CR and LF (and , : in properties) as syntax.
    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
