using PaperSite.Abstracts;
using PaperSite.Diagnostics;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>
/// Tells a record's author which formulas will show as LaTeX source and why: a command nobody defined (most often the
/// author's own macro, which <c>math_macros</c> in site.yaml can define), or a site macro that would not stop expanding.
/// Each warning points at the command itself in the file when it can be found there, else at the field.
/// </summary>
internal static class FormulaWarnings
{
    public static void Report(MappingFields fields, string key, YamlNode node, string source, IReadOnlyList<MathProblem> problems)
    {
        var searchFrom = 0;
        foreach (var problem in problems)
        {
            var (at, next) = Locate(fields, node, source, problem.Command, searchFrom);
            searchFrom = next;
            var formula = MappingFields.Shorten(problem.Formula);
            if (problem.MacroProblem is { } stopped)
            {
                fields.Diagnostics.Warning(DiagnosticCodes.MathMacroStopped, at,
                    $"the formula '{formula}' in '{key}' is shown as its LaTeX source: {stopped}; fix \\{problem.Command} under math_macros in site.yaml.");
            }
            else
            {
                fields.Diagnostics.Warning(DiagnosticCodes.MathUnknownCommand, at,
                    $"the formula '{formula}' in '{key}' is shown as its LaTeX source: \\{problem.Command} is not a command PaperSite knows; if it is this archive's own macro, define it under math_macros in site.yaml.");
            }
        }
    }

    /// <summary>The line and column of "\command" in the file, at or after the field's value (and after the previous warning's).</summary>
    private static (SourceLocation At, int Next) Locate(MappingFields fields, YamlNode node, string source, string command, int searchFrom)
    {
        var start = Math.Max(searchFrom, OffsetOf(source, node.Line, node.Column));
        var needle = "\\" + command;
        for (var index = source.IndexOf(needle, start, StringComparison.Ordinal); index >= 0; index = source.IndexOf(needle, index + 1, StringComparison.Ordinal))
        {
            var after = index + needle.Length;
            if (after >= source.Length || !char.IsAsciiLetter(source[after]))
            {
                var lineStart = source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
                var line = 1 + source.AsSpan(0, lineStart).Count('\n');
                return (new SourceLocation(fields.Path, line, index - lineStart + 1), after);
            }
        }

        return (fields.At(node), searchFrom);
    }

    private static int OffsetOf(string source, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset >= 0; current++)
        {
            offset = source.IndexOf('\n', offset) is var newline and >= 0 ? newline + 1 : -1;
        }

        return offset < 0 ? source.Length : Math.Min(source.Length, offset + Math.Max(0, column - 1));
    }
}
