using System.Collections.Frozen;

namespace PaperSite.Abstracts;

/// <summary>
/// The site's own LaTeX macros (<c>math_macros</c> in site.yaml), as KaTeX's <c>macros</c> option takes them:
/// a name and its expansion, with <c>#1</c>…<c>#9</c> for arguments. An astronomy archive defines <c>\msun</c>
/// once and every abstract's <c>$M_{\odot}$</c> written as <c>$\msun$</c> converts. Expansion is bounded
/// (<see cref="MaxExpansions"/>, <see cref="MaxExpandedLength"/>), so a macro that calls itself stops.
/// </summary>
public sealed class MathMacros
{
    /// <summary>Macros expanded in one formula at most: far more than any real formula uses, few enough to stop a loop at once.</summary>
    public const int MaxExpansions = 500;

    /// <summary>How long a formula may grow by expansion, in characters: a macro doubling itself stops here.</summary>
    public const int MaxExpandedLength = 20_000;

    public static readonly MathMacros None = new([]);

    private readonly FrozenDictionary<string, MathMacro> _macros;

    public MathMacros(IEnumerable<MathMacro> macros)
    {
        _macros = macros.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
    }

    public int Count => _macros.Count;

    /// <summary>The names, without their backslash, in ordinal order.</summary>
    public IEnumerable<string> Names => _macros.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out MathMacro macro) => _macros.TryGetValue(name, out macro!);

    /// <summary>
    /// How many arguments an expansion takes: its highest <c>#n</c>. Null when a <c>#</c> is followed by
    /// neither a digit 1-9 nor another <c>#</c>, which TeX refuses too.
    /// </summary>
    public static int? ArityOf(string expansion)
    {
        var arity = 0;
        for (var i = 0; i < expansion.Length; i++)
        {
            if (expansion[i] != '#')
            {
                continue;
            }

            if (i + 1 < expansion.Length && expansion[i + 1] == '#')
            {
                i++;
                continue;
            }

            if (i + 1 >= expansion.Length || expansion[i + 1] is < '1' or > '9')
            {
                return null;
            }

            arity = Math.Max(arity, expansion[i + 1] - '0');
        }

        return arity;
    }
}

/// <summary>One macro: its name without the backslash, the LaTeX it stands for, and how many arguments it takes.</summary>
public sealed record MathMacro(string Name, string Expansion, int Arity);

/// <summary>
/// A converted formula, or (Markup null) the reason it could not be: a command nobody defined
/// (<paramref name="UnknownCommand"/>), or a macro that would not stop (<paramref name="MacroProblem"/>, naming it).
/// </summary>
internal readonly record struct MathConversion(string? Markup, string? UnknownCommand, string? MacroProblem)
{
    /// <summary>What a record's author can act on, or null when the formula converted or failed for some other reason.</summary>
    public MathProblem? Problem(string formula) =>
        Markup is not null ? null
        : MacroProblem is not null ? new MathProblem(formula, MacroName(MacroProblem), MacroProblem)
        : UnknownCommand is not null ? new MathProblem(formula, UnknownCommand, null)
        : null;

    private static string MacroName(string problem)
    {
        var start = problem.IndexOf('\\', StringComparison.Ordinal) + 1;
        var end = start;
        while (end < problem.Length && char.IsAsciiLetter(problem[end]))
        {
            end++;
        }

        return problem[start..end];
    }
}

/// <summary>A formula shown as its source because of <paramref name="Command"/>: unknown, or a macro stopped for <paramref name="MacroProblem"/>.</summary>
internal sealed record MathProblem(string Formula, string Command, string? MacroProblem);
