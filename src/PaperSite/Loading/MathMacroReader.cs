using System.Globalization;
using System.Text.RegularExpressions;
using PaperSite.Abstracts;
using PaperSite.Diagnostics;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>
/// Reads <c>math_macros</c> from site.yaml: a mapping of macro names (<c>\msun</c>, or <c>msun</c>) to the LaTeX they
/// stand for, with <c>#1</c>…<c>#9</c> for arguments. Each macro is tried once here, so one that never stops
/// expanding is an error on its own line rather than a surprise in some record.
/// </summary>
internal static partial class MathMacroReader
{
    public const int MaxMacros = 500;

    public const int MaxExpansionLength = 1_000;

    public static MathMacros Read(MappingFields fields)
    {
        if (fields.Mapping("math_macros") is not { } mapping)
        {
            return MathMacros.None;
        }

        if (mapping.Entries.Count > MaxMacros)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(mapping),
                string.Create(CultureInfo.InvariantCulture, $"'math_macros' may hold at most {MaxMacros} macros, got {mapping.Entries.Count:N0}."));
            return MathMacros.None;
        }

        var macros = new Dictionary<string, (MathMacro Macro, YamlEntry Entry)>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (ReadOne(fields, entry) is { } macro)
            {
                if (!macros.TryAdd(macro.Name, (macro, entry)))
                {
                    fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(entry.Key),
                        $"'math_macros' defines \\{macro.Name} twice (also on line {macros[macro.Name].Entry.Key.Line}); keep one.");
                }
            }
        }

        var result = new MathMacros(macros.Values.Select(m => m.Macro));
        foreach (var (macro, entry) in macros.Values)
        {
            // Arguments stand in for what a record would pass; expansion problems do not depend on them.
            var use = "\\" + macro.Name + string.Concat(Enumerable.Repeat("{x}", macro.Arity));
            if (LatexToMathMl.Convert(use, display: false, result).MacroProblem is { } problem)
            {
                fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(entry.Value),
                    $"'math_macros' \\{macro.Name} cannot be used: {problem}.");
            }
        }

        return result;
    }

    private static MathMacro? ReadOne(MappingFields fields, YamlEntry entry)
    {
        var key = entry.Key.Value.Trim();
        if (!MacroName().IsMatch(key))
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(entry.Key),
                $"a 'math_macros' name must be a backslash and letters, such as \\msun, got '{MappingFields.Shorten(key)}'.");
            return null;
        }

        var name = key.TrimStart('\\');
        if (entry.Value is not YamlScalar { IsNull: false } scalar)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(entry.Value),
                $"'math_macros' \\{name} must stand for LaTeX text, such as M_\\odot, got {(entry.Value is YamlScalar ? "nothing" : entry.Value.Kind)}.");
            return null;
        }

        var expansion = scalar.Value.Trim();
        if (expansion.Length > MaxExpansionLength)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(scalar),
                string.Create(CultureInfo.InvariantCulture, $"'math_macros' \\{name} may be at most {MaxExpansionLength:N0} characters, got {expansion.Length:N0}."));
            return null;
        }

        if (MathMacros.ArityOf(expansion) is not { } arity)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(scalar),
                $"'math_macros' \\{name}: '#' must be followed by an argument number 1 to 9 (or written ## for itself), got '{MappingFields.Shorten(expansion)}'.");
            return null;
        }

        return new MathMacro(name, expansion, arity);
    }

    [GeneratedRegex("^\\\\?[A-Za-z]{1,50}$")]
    private static partial Regex MacroName();
}
