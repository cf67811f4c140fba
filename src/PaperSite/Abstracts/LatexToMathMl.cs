using System.Globalization;
using System.Text;
using PaperSite.Rendering;

namespace PaperSite.Abstracts;

/// <summary>
/// Turns the LaTeX of an abstract's formulas into MathML Core, which browsers show without any script and
/// which reaches feed readers (which run no script) as real mathematics. It covers what abstracts use:
/// letters, numbers and operators, <c>^</c> and <c>_</c>, <c>\frac</c>, <c>\sqrt</c>, Greek letters, relations,
/// arrows, big operators and named functions, accents, font commands old and new, <c>\text</c>,
/// <c>\left…\right</c>, matrices, cases and aligned equations, and the site's own <c>math_macros</c>.
/// A formula with anything else (an unknown macro, <c>\\</c> outside an environment) is not guessed at: it is
/// shown whole as its source in <c>&lt;code class="math"&gt;</c>, so a formula is never shown wrongly, only plainly.
/// The converter writes only its own element and attribute names; every character taken from the source
/// is escaped, so <c>\text{&lt;script&gt;}</c> is text.
/// </summary>
internal static partial class LatexToMathMl
{
    public const string MathMlNamespace = "http://www.w3.org/1998/Math/MathML";

    /// <summary>The formula as a <c>&lt;math&gt;</c> element, or as its source in <c>&lt;code class="math"&gt;</c> when it is not understood.</summary>
    public static string Render(string latex, bool display, MathMacros? macros = null) =>
        TryConvert(latex, display, macros) ?? Fallback(latex, display);

    /// <summary>The formula as a <c>&lt;math&gt;</c> element carrying its source as <c>alttext</c>; null when it uses anything not covered.</summary>
    public static string? TryConvert(string latex, bool display, MathMacros? macros = null) => Convert(latex, display, macros).Markup;

    /// <summary>The formula converted, or why not: the command nobody defined, or the macro that would not stop expanding.</summary>
    public static MathConversion Convert(string latex, bool display, MathMacros? macros = null)
    {
        var source = latex.Trim();
        if (source.Length == 0)
        {
            return default;
        }

        var parser = new Parser(source, display, macros ?? MathMacros.None);
        var body = parser.ParseFormula();
        if (body is null)
        {
            return new MathConversion(null, parser.UnknownCommand, parser.MacroProblem);
        }

        var builder = new StringBuilder(body.Length + source.Length + 80);
        builder.Append("<math xmlns=\"").Append(MathMlNamespace).Append('"');
        if (display)
        {
            builder.Append(" display=\"block\"");
        }

        var markup = builder.Append(" alttext=\"").Append(Escaping.Html(source)).Append("\">").Append(body).Append("</math>").ToString();
        return new MathConversion(markup, null, null);
    }

    /// <summary>The source as written, between its dollar signs, in <c>&lt;code&gt;</c>: readable to anyone who reads LaTeX.</summary>
    public static string Fallback(string latex, bool display)
    {
        var delimiter = display ? "$$" : "$";
        return $"<code class=\"math\">{delimiter}{Escaping.Html(latex.Trim())}{delimiter}</code>";
    }

    /// <summary>One parsed piece of a formula: its MathML, and how scripts attach to it.</summary>
    /// <param name="Limits">Scripts go below and above (<c>\sum</c>, <c>\lim</c>) rather than beside.</param>
    /// <param name="IsFunction">A named function: an invisible function application follows it, so "sin x" is spaced as one.</param>
    private readonly record struct Atom(string Markup, bool Limits = false, bool IsFunction = false)
    {
        public static readonly Atom Nothing = new("");
    }

    private enum Closing
    {
        End,
        Brace,
        Bracket,
        Right,

        /// <summary>A cell of a matrix or environment: ends at <c>&amp;</c>, <c>\\</c> or <c>\end</c> (or the brace closing <c>\substack</c>).</summary>
        Cell,
    }

    /// <summary>
    /// A recursive-descent parser straight from LaTeX to MathML. Any failure returns null and the caller falls back.
    /// This part reads rows, scripts and single characters; <c>LatexToMathMl.Commands.cs</c> reads backslash commands.
    /// </summary>
    private sealed partial class Parser(string latex, bool display, MathMacros macros)
    {
        // Deep enough for any real formula, shallow enough that hostile nesting cannot exhaust the stack.
        private const int MaxDepth = 32;

        // Grows as macros expand in place, the way TeX replaces a macro by its body.
        private string source = latex;
        private int _position;
        private int _depth;
        private int _fences;
        private MathFont _font = MathFont.None;
        private double _size = 1;

        /// <summary>The formula's MathML children (<c>&lt;math&gt;</c> is itself a row), or null.</summary>
        public string? ParseFormula()
        {
            var items = new List<string>();
            return ParseItems(items, Closing.End) ? string.Concat(items) : null;
        }

        private bool AtEnd => _position >= source.Length;

        private char Peek() => AtEnd ? '\0' : source[_position];

        private bool ParseItems(List<string> items, Closing closing)
        {
            while (true)
            {
                SkipSpaces();
                if (AtEnd)
                {
                    return closing == Closing.End;
                }

                var c = source[_position];
                if (c == '}')
                {
                    // A cell of \substack ends at its closing brace, which the table reads.
                    if (closing == Closing.Cell)
                    {
                        return true;
                    }

                    _position++;
                    return closing == Closing.Brace;
                }

                if (c == ']' && closing == Closing.Bracket)
                {
                    _position++;
                    return true;
                }

                if (AtCommand("right"))
                {
                    return closing == Closing.Right;
                }

                if (closing == Closing.Cell && (c == '&' || AtRowBreak() || AtCommand("end")))
                {
                    return true;
                }

                if (AtCommand("color"))
                {
                    // \color{red} colours the rest of its group, as a font switch does.
                    _position += "\\color".Length;
                    if (ColorName() is not { } color)
                    {
                        return false;
                    }

                    if (!Enter())
                    {
                        return false;
                    }

                    var coloured = new List<string>();
                    var ok = ParseItems(coloured, closing);
                    _depth--;
                    items.Add($"<mstyle mathcolor=\"{color}\">{string.Concat(coloured)}</mstyle>");
                    return ok;
                }

                if (StyleSwitch() is { } style)
                {
                    // \displaystyle sets the rest of its group, as a font switch does.
                    if (!Enter())
                    {
                        return false;
                    }

                    var rest = new List<string>();
                    var parsed = ParseItems(rest, closing);
                    _depth--;
                    items.Add($"<mstyle {style}>{string.Concat(rest)}</mstyle>");
                    return parsed;
                }

                if (SizeSwitch() is { } size)
                {
                    // \small sets the rest of its group. TeX's sizes are absolute and MathML's em is the enclosing
                    // size, so a switch inside another is set as their ratio.
                    if (!Enter())
                    {
                        return false;
                    }

                    var enclosing = _size;
                    _size = size;
                    var rest = new List<string>();
                    var parsed = ParseItems(rest, closing);
                    _size = enclosing;
                    _depth--;
                    var ratio = (size / enclosing).ToString("0.####", CultureInfo.InvariantCulture);
                    items.Add($"<mstyle mathsize=\"{ratio}em\">{string.Concat(rest)}</mstyle>");
                    return parsed;
                }

                if (!ParseItem(items))
                {
                    return false;
                }
            }
        }

        private string? StyleSwitch()
        {
            if (source[_position] != '\\' || _position + 1 >= source.Length || source[_position + 1] is not ('d' or 't' or 's'))
            {
                return null;
            }

            foreach (var (name, style) in LatexSymbols.Styles)
            {
                if (AtCommand(name))
                {
                    _position += 1 + name.Length;
                    return style;
                }
            }

            return null;
        }

        private double? SizeSwitch()
        {
            if (source[_position] != '\\' || _position + 1 >= source.Length || source[_position + 1] is not ('t' or 's' or 'f' or 'n' or 'l' or 'L' or 'h' or 'H'))
            {
                return null;
            }

            foreach (var (name, size) in LatexSymbols.Sizes)
            {
                if (AtCommand(name))
                {
                    _position += 1 + name.Length;
                    return size;
                }
            }

            return null;
        }

        /// <summary>An atom with its primes, subscript and superscript.</summary>
        private bool ParseItem(List<string> items)
        {
            if (ParseAtom(single: false) is not { } atom)
            {
                return false;
            }

            if (atom.Markup.Length == 0)
            {
                return true;
            }

            string? sub = null;
            string? sup = null;
            var primes = 0;
            while (Peek() == '\'')
            {
                primes++;
                _position++;
            }

            if (primes > 0)
            {
                sup = Mo(primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', primes) });
            }

            bool? limits = null;
            while (true)
            {
                SkipSpaces();
                if (AtCommand("limits") || AtCommand("nolimits"))
                {
                    limits = AtCommand("limits");
                    _position += limits.Value ? "\\limits".Length : "\\nolimits".Length;
                    continue;
                }

                var c = Peek();
                if (c is not ('^' or '_'))
                {
                    break;
                }

                // A second superscript or subscript ("x^a^b", "f'^2") is an error in LaTeX too.
                if ((c == '^' ? sup : sub) is not null)
                {
                    return false;
                }

                _position++;
                var script = ParseArgument();
                if (script is null)
                {
                    return false;
                }

                if (c == '^')
                {
                    sup = script;
                }
                else
                {
                    sub = script;
                }
            }

            // \limits puts the scripts below and above even inline, where MathML would move them beside.
            var markup = limits == true ? FixLimits(atom.Markup) : atom.Markup;
            var (under, over, both) = limits ?? atom.Limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup");
            items.Add((sub, sup) switch
            {
                (null, null) => markup,
                (_, null) => $"<{under}>{markup}{sub}</{under}>",
                (null, _) => $"<{over}>{markup}{sup}</{over}>",
                _ => $"<{both}>{markup}{sub}{sup}</{both}>",
            });
            if (atom.IsFunction)
            {
                items.Add("<mo>&#x2061;</mo>");
            }

            return true;
        }

        /// <summary>
        /// One atom. <paramref name="single"/> is LaTeX's rule for an unbraced argument: <c>x^12</c> raises
        /// only the 1, and <c>\mathrm x</c> applies to one letter.
        /// </summary>
        private Atom? ParseAtom(bool single)
        {
            SkipSpaces();
            if (AtEnd)
            {
                return null;
            }

            var c = source[_position];
            switch (c)
            {
                case '{':
                    _position++;
                    return Group();
                case '\\':
                    return ExpandMacro() switch
                    {
                        Expansion.Expanded => ParseAtom(single),
                        Expansion.NotAMacro => ParseCommand(),
                        _ => null,
                    };
                case '^' or '_':
                    // A script with nothing before it attaches to an empty base, as in LaTeX.
                    return single ? null : new Atom("<mrow></mrow>");
                case '}' or '&' or '#' or '%' or '$':
                    return null;
                case '\'':
                    _position++;
                    return new Atom(Mo("′"));
                case '~':
                    _position++;
                    return new Atom(Space("0.3333em"));
            }

            if (char.IsAsciiDigit(c) || (c == '.' && !single && _position + 1 < source.Length && char.IsAsciiDigit(source[_position + 1])))
            {
                return Number(single);
            }

            return char.IsAsciiLetter(c) ? Letters(single) : Other();
        }

        /// <summary>A braced group; a font switch inside it (<c>{\rm d}</c>) ends with it.</summary>
        private Atom? Group()
        {
            if (!Enter())
            {
                return null;
            }

            var font = _font;
            var items = new List<string>();
            var parsed = ParseItems(items, Closing.Brace);
            _font = font;
            _depth--;
            return parsed ? new Atom(Row(items)) : null;
        }

        private Atom Number(bool single)
        {
            var start = _position;
            if (single)
            {
                _position++;
            }
            else
            {
                SkipDigits();
                if (Peek() == '.' && _position + 1 < source.Length && char.IsAsciiDigit(source[_position + 1]))
                {
                    _position++;
                    SkipDigits();
                }
            }

            var digits = source[start.._position];
            return new Atom($"<mn>{(_font is MathFont.None or MathFont.Upright ? digits : MathAlphabets.Map(digits, _font))}</mn>");
        }

        private Atom Letters(bool single)
        {
            if (_font == MathFont.Upright)
            {
                // \mathrm{max} is one upright word, not three variables.
                var start = _position++;
                while (!single && !AtEnd && char.IsAsciiLetter(source[_position]))
                {
                    _position++;
                }

                return new Atom(UprightMi(source[start.._position]));
            }

            var letter = source[_position++];
            return new Atom(Mi(_font == MathFont.None ? letter.ToString() : MathAlphabets.Map(letter, _font)));
        }

        /// <summary>Any other character: a letter typed directly (α) is an identifier, anything else an operator.</summary>
        private Atom? Other()
        {
            var c = source[_position];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || _position + 1 >= source.Length || !char.IsLowSurrogate(source[_position + 1]))
                {
                    return null;
                }

                var pair = source.Substring(_position, 2);
                _position += 2;
                return new Atom(Rune.IsLetter(Rune.GetRuneAt(pair, 0)) ? Mi(pair) : Mo(pair));
            }

            if (char.IsControl(c))
            {
                return null;
            }

            _position++;
            if (char.IsLetter(c))
            {
                return new Atom(Mi(c.ToString()));
            }

            if (char.IsDigit(c))
            {
                return new Atom($"<mn>{Escaping.Html(c.ToString())}</mn>");
            }

            return new Atom(c switch
            {
                '-' => Mo("−"),
                '*' => Mo("∗"),
                '(' or ')' or '[' or ']' or '|' or '/' => FixedMo(c.ToString()),
                _ => Mo(c.ToString()),
            });
        }

        private bool Enter()
        {
            if (_depth >= MaxDepth)
            {
                return false;
            }

            _depth++;
            return true;
        }

        /// <summary>A row break, <c>\\</c> or <c>\cr</c>.</summary>
        private bool AtRowBreak() =>
            (_position + 1 < source.Length && source[_position] == '\\' && source[_position + 1] == '\\') || AtCommand("cr");

        // Asked at every item for \right, \limits and the like: compares in place, allocating nothing.
        private bool AtCommand(string name) =>
            _position + name.Length < source.Length
            && source[_position] == '\\'
            && source.AsSpan(_position + 1, name.Length).SequenceEqual(name)
            && (_position + 1 + name.Length >= source.Length || !char.IsAsciiLetter(source[_position + 1 + name.Length]));

        private void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(source[_position]))
            {
                _position++;
            }
        }

        private void SkipDigits()
        {
            while (!AtEnd && char.IsAsciiDigit(source[_position]))
            {
                _position++;
            }
        }

        private static string Row(List<string> items) => items.Count == 1 ? items[0] : $"<mrow>{string.Concat(items)}</mrow>";

        private static string Mi(string text) => $"<mi>{Escaping.Html(text)}</mi>";

        /// <summary>A one-letter identifier is italic in MathML unless told otherwise; a longer one is upright already.</summary>
        private static string UprightMi(string text) =>
            text.EnumerateRunes().Count() == 1 ? $"<mi mathvariant=\"normal\">{Escaping.Html(text)}</mi>" : Mi(text);

        private static string Mo(string text) => $"<mo>{Escaping.Html(text)}</mo>";

        /// <summary>A bracket written without <c>\left</c>/<c>\right</c> keeps its size, as in LaTeX.</summary>
        private static string FixedMo(string text) => $"<mo stretchy=\"false\">{Escaping.Html(text)}</mo>";

        /// <summary>An operator that keeps its limits below and above in every style, for <c>\limits</c>.</summary>
        private static string FixLimits(string markup) =>
            markup.StartsWith("<mo movablelimits=\"true\"", StringComparison.Ordinal) ? "<mo movablelimits=\"false\"" + markup["<mo movablelimits=\"true\"".Length..]
            : markup.StartsWith("<mo>", StringComparison.Ordinal) ? "<mo movablelimits=\"false\">" + markup["<mo>".Length..]
            : markup;

        private static string LimitsMo(string text) => $"<mo movablelimits=\"true\" form=\"prefix\">{Escaping.Html(text)}</mo>";

        private static string Space(string width) => $"<mspace width=\"{width}\"></mspace>";

        private static bool IsFence(string symbol) => symbol is "⟨" or "⟩" or "⌊" or "⌋" or "⌈" or "⌉" or "{" or "}" or "|" or "‖";
    }
}
