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

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
