using PaperSite.Diagnostics;

namespace PaperSite.Cli;

/// <summary>Prints diagnostics one per line on stderr, as compilers do, or as GitHub Actions annotations.</summary>
internal static class DiagnosticPrinter
{
    public const string TextFormat = "text";
    public const string GitHubFormat = "github";

    public static void Print(IEnumerable<Diagnostic> diagnostics, string format, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(format == GitHubFormat ? diagnostic.ToGitHubAnnotation() : diagnostic.ToString());
        }
    }

    /// <summary>Warnings of one code past this many are summed up in one line unless every one is asked for.</summary>
    public const int WarningsShownPerCode = 3;

    /// <summary>
    /// As <see cref="Print"/>, but when one code has more than <see cref="WarningsShownPerCode"/> warnings (an export
    /// of hundreds of entries without abstracts), the first few are printed and the rest counted in one line.
    /// Errors are always printed in full.
    /// </summary>
    public static void PrintGrouped(IReadOnlyList<Diagnostic> diagnostics, string format, bool verbose, TextWriter error)
    {
        if (verbose)
        {
            Print(diagnostics, format, error);
            return;
        }

        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.IsError && Counted(shown, diagnostic.Code) > WarningsShownPerCode)
            {
                continue;
            }

            Print([diagnostic], format, error);
        }

        foreach (var (code, count) in shown.Where(s => s.Value > WarningsShownPerCode).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var hidden = count - WarningsShownPerCode;
            var message = $"{hidden} more warning{(hidden == 1 ? "" : "s")} like the ones above; run with --verbose to list every one.";
            error.WriteLine(format == GitHubFormat ? $"::warning title={code}::{message}" : $"warning {code}: {message}");
        }
    }

    private static int Counted(Dictionary<string, int> counts, string code) =>
        counts[code] = counts.GetValueOrDefault(code) + 1;

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
