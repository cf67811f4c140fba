using System.Text;
using PaperSite.Rendering;

namespace PaperSite.Markdown;

/// <summary>
/// Turns the LaTeX of an abstract's formulas into MathML Core, which browsers show without any script and
/// which reaches feed readers (which run no script) as real mathematics. It covers what abstracts use:
/// letters, numbers and operators, <c>^</c> and <c>_</c>, <c>\frac</c>, <c>\sqrt</c>, Greek letters, relations,
/// arrows, big operators and named functions, accents, font commands, <c>\text</c> and <c>\left…\right</c>.
/// A formula with anything else (a macro, an environment, <c>\\</c>) is not guessed at: it is shown whole as
/// its source in <c>&lt;code class="math"&gt;</c>, so a formula is never shown wrongly, only plainly.
/// The converter writes only its own element and attribute names; every character taken from the source
/// is escaped, so <c>\text{&lt;script&gt;}</c> is text.
/// </summary>
internal static class LatexToMathMl
{
    public const string MathMlNamespace = "http://www.w3.org/1998/Math/MathML";

    /// <summary>The formula as a <c>&lt;math&gt;</c> element, or as its source in <c>&lt;code class="math"&gt;</c> when it is not understood.</summary>
    public static string Render(string latex, bool display) => TryConvert(latex, display) ?? Fallback(latex, display);

    /// <summary>The formula as a <c>&lt;math&gt;</c> element carrying its source as <c>alttext</c>; null when it uses anything not covered.</summary>
    public static string? TryConvert(string latex, bool display)
    {
        var source = latex.Trim();
        if (source.Length == 0)
        {
            return null;
        }

        var body = new Parser(source).ParseFormula();
        if (body is null)
        {
            return null;
        }

        var builder = new StringBuilder(body.Length + source.Length + 80);
        builder.Append("<math xmlns=\"").Append(MathMlNamespace).Append('"');
        if (display)
        {
            builder.Append(" display=\"block\"");
        }

        return builder.Append(" alttext=\"").Append(Escaping.Html(source)).Append("\">").Append(body).Append("</math>").ToString();
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
    }

    /// <summary>A recursive-descent parser straight from LaTeX to MathML. Any failure returns null and the caller falls back.</summary>
    private sealed class Parser(string source)
    {
        // Deep enough for any real formula, shallow enough that hostile nesting cannot exhaust the stack.
        private const int MaxDepth = 32;

        private int _position;
        private int _depth;
        private MathFont _font = MathFont.None;

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

                if (!ParseItem(items))
                {
                    return false;
                }
            }
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

            while (true)
            {
                SkipSpaces();
                if (AtCommand("limits") || AtCommand("nolimits"))
                {
                    _position += AtCommand("limits") ? "\\limits".Length : "\\nolimits".Length;
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

            var (under, over, both) = atom.Limits ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup");
            items.Add((sub, sup) switch
            {
                (null, null) => atom.Markup,
                (_, null) => $"<{under}>{atom.Markup}{sub}</{under}>",
                (null, _) => $"<{over}>{atom.Markup}{sup}</{over}>",
                _ => $"<{both}>{atom.Markup}{sub}{sup}</{both}>",
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
                    return ParseCommand();
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

        private Atom? Group()
        {
            if (!Enter())
            {
                return null;
            }

            var items = new List<string>();
            var parsed = ParseItems(items, Closing.Brace);
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

        private Atom? ParseCommand()
        {
            _position++;
            if (AtEnd)
            {
                return null;
            }

            var c = source[_position];
            if (!char.IsAsciiLetter(c))
            {
                _position++;
                if (LatexSymbols.Spaces.TryGetValue(c.ToString(), out var width))
                {
                    return new Atom(Space(width));
                }

                return c switch
                {
                    '{' or '}' => new Atom(FixedMo(c.ToString())),
                    '|' => new Atom(FixedMo("‖")),
                    '%' or '#' or '&' or '_' or '$' => new Atom(Mo(c.ToString())),
                    // "\\" (a line break) and the rest need a layout this converter does not do.
                    _ => null,
                };
            }

            var start = _position;
            while (!AtEnd && char.IsAsciiLetter(source[_position]))
            {
                _position++;
            }

            return Command(source[start.._position]);
        }

        private Atom? Command(string name)
        {
            if (LatexSymbols.Identifiers.TryGetValue(name, out var identifier))
            {
                return new Atom(Mi(identifier));
            }

            if (LatexSymbols.UprightIdentifiers.TryGetValue(name, out var upright))
            {
                return new Atom(UprightMi(upright));
            }

            if (LatexSymbols.Operators.TryGetValue(name, out var symbol))
            {
                return new Atom(IsFence(symbol) ? FixedMo(symbol) : Mo(symbol));
            }

            if (LatexSymbols.LargeOperators.TryGetValue(name, out var large))
            {
                return new Atom(Mo(large), Limits: true);
            }

            if (LatexSymbols.Integrals.TryGetValue(name, out var integral))
            {
                return new Atom(Mo(integral));
            }

            if (LatexSymbols.Functions.Contains(name))
            {
                return new Atom(Mi(name), IsFunction: true);
            }

            if (LatexSymbols.LimitFunctions.TryGetValue(name, out var limitFunction))
            {
                return new Atom(LimitsMo(limitFunction), Limits: true, IsFunction: true);
            }

            if (LatexSymbols.Spaces.TryGetValue(name, out var width))
            {
                return new Atom(Space(width));
            }

            if (LatexSymbols.Ignored.Contains(name))
            {
                return Atom.Nothing;
            }

            if (LatexSymbols.Fonts.TryGetValue(name, out var font))
            {
                return WithFont(font);
            }

            if (LatexSymbols.TextCommands.Contains(name))
            {
                return Text();
            }

            if (LatexSymbols.Accents.TryGetValue(name, out var accent))
            {
                return Accent(accent.Mark, accent.Under);
            }

            if (LatexSymbols.DelimiterSizes.Contains(name))
            {
                return Delimiter() is { } sized ? new Atom(sized.Length == 0 ? "" : FixedMo(sized)) : null;
            }

            return name switch
            {
                "frac" or "dfrac" or "tfrac" or "cfrac" => Fraction(),
                "binom" or "dbinom" or "tbinom" => Binomial(),
                "sqrt" => Root(),
                "left" => Fenced(),
                "middle" => Delimiter() is { } middle ? new Atom(middle.Length == 0 ? "" : $"<mo stretchy=\"true\">{Escaping.Html(middle)}</mo>") : null,
                "operatorname" => OperatorName(),
                "overset" or "stackrel" => Stack(over: true),
                "underset" => Stack(over: false),
                "not" => Negation(),
                _ => null,
            };
        }

        /// <summary>An argument: a braced group or a single atom, as after <c>^</c> or <c>\frac</c>.</summary>
        private string? ParseArgument()
        {
            if (!Enter())
            {
                return null;
            }

            var atom = ParseAtom(single: true);
            _depth--;
            return atom is { Markup.Length: > 0 } argument ? argument.Markup : null;
        }

        private Atom? WithFont(MathFont font)
        {
            var previous = _font;
            _font = font;
            var argument = ParseArgument();
            _font = previous;
            return argument is null ? null : new Atom(argument);
        }

        private Atom? Fraction() =>
            ParseArgument() is { } numerator && ParseArgument() is { } denominator ? new Atom($"<mfrac>{numerator}{denominator}</mfrac>") : null;

        private Atom? Binomial() =>
            ParseArgument() is { } top && ParseArgument() is { } bottom
                ? new Atom($"<mrow><mo>(</mo><mfrac linethickness=\"0\">{top}{bottom}</mfrac><mo>)</mo></mrow>")
                : null;

        private Atom? Root()
        {
            SkipSpaces();
            if (Peek() != '[')
            {
                return ParseArgument() is { } radicand ? new Atom($"<msqrt>{radicand}</msqrt>") : null;
            }

            _position++;
            if (!Enter())
            {
                return null;
            }

            var index = new List<string>();
            var parsed = ParseItems(index, Closing.Bracket);
            _depth--;
            return parsed && ParseArgument() is { } indexed ? new Atom($"<mroot>{indexed}{Row(index)}</mroot>") : null;
        }

        private Atom? Accent(string mark, bool under)
        {
            var argument = ParseArgument();
            if (argument is null)
            {
                return null;
            }

            return new Atom(under
                ? $"<munder accentunder=\"true\">{argument}<mo>{Escaping.Html(mark)}</mo></munder>"
                : $"<mover accent=\"true\">{argument}<mo>{Escaping.Html(mark)}</mo></mover>");
        }

        private Atom? Stack(bool over)
        {
            var annotation = ParseArgument();
            var @base = annotation is null ? null : ParseArgument();
            if (@base is null)
            {
                return null;
            }

            return new Atom(over ? $"<mover>{@base}{annotation}</mover>" : $"<munder>{@base}{annotation}</munder>");
        }

        /// <summary><c>\left( … \right)</c>: the delimiters stretch to what they enclose.</summary>
        private Atom? Fenced()
        {
            var open = Delimiter();
            if (open is null || !Enter())
            {
                return null;
            }

            var items = new List<string>();
            var parsed = ParseItems(items, Closing.Right);
            _depth--;
            if (!parsed)
            {
                return null;
            }

            _position += "\\right".Length;
            var close = Delimiter();
            if (close is null)
            {
                return null;
            }

            return new Atom($"<mrow>{FenceMo(open)}{string.Concat(items)}{FenceMo(close)}</mrow>");

            static string FenceMo(string delimiter) => delimiter.Length == 0 ? "" : $"<mo fence=\"true\">{Escaping.Html(delimiter)}</mo>";
        }

        /// <summary>The delimiter after <c>\left</c>, <c>\right</c>, <c>\big</c>...: "" for the invisible <c>.</c>, null when there is none.</summary>
        private string? Delimiter()
        {
            SkipSpaces();
            if (AtEnd)
            {
                return null;
            }

            var c = source[_position++];
            if (c != '\\')
            {
                return c switch
                {
                    '(' or ')' or '[' or ']' or '|' or '/' => c.ToString(),
                    '<' => "⟨",
                    '>' => "⟩",
                    '.' => "",
                    _ => null,
                };
            }

            if (AtEnd)
            {
                return null;
            }

            var escaped = source[_position];
            if (!char.IsAsciiLetter(escaped))
            {
                _position++;
                return escaped switch { '{' => "{", '}' => "}", '|' => "‖", _ => null };
            }

            var start = _position;
            while (!AtEnd && char.IsAsciiLetter(source[_position]))
            {
                _position++;
            }

            return LatexSymbols.Operators.TryGetValue(source[start.._position], out var symbol) && IsFence(symbol) ? symbol : null;
        }

        /// <summary><c>\text{…}</c>: the argument as text, its spaces kept.</summary>
        private Atom? Text()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            _position++;
            var text = new StringBuilder();
            var nesting = 0;
            while (true)
            {
                if (AtEnd)
                {
                    return null;
                }

                var c = source[_position++];
                if (c == '{')
                {
                    nesting++;
                }
                else if (c == '}')
                {
                    if (nesting == 0)
                    {
                        break;
                    }

                    nesting--;
                }
                else if (c == '\\')
                {
                    if (AtEnd || source[_position] is not ('{' or '}' or '&' or '%' or '$' or '#' or '_' or ' '))
                    {
                        return null;
                    }

                    text.Append(source[_position++]);
                }
                else if (c == '$')
                {
                    return null;
                }
                else
                {
                    text.Append(char.IsWhiteSpace(c) ? ' ' : c);
                }
            }

            // MathML trims the white space at the ends of a token; "\text{ if }" needs it, so it becomes no-break space.
            var content = text.ToString();
            var core = Loading.MappingFields.CollapseWhiteSpace(content);
            if (core.Length == 0)
            {
                return new Atom(content.Length == 0 ? "<mtext></mtext>" : "<mtext>&#xA0;</mtext>");
            }

            var lead = char.IsWhiteSpace(content[0]) ? "&#xA0;" : "";
            var trail = char.IsWhiteSpace(content[^1]) ? "&#xA0;" : "";
            return new Atom($"<mtext>{lead}{Escaping.Html(core)}{trail}</mtext>");
        }

        private Atom? OperatorName()
        {
            var limits = Peek() == '*';
            if (limits)
            {
                _position++;
            }

            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            // LaTeX ignores spaces in a name; "\operatorname{arg\,max}" spaces it with a thin space, kept here as one space.
            _position++;
            var name = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    return null;
                }

                var c = source[_position++];
                if (c == '}')
                {
                    break;
                }

                if (c == '\\')
                {
                    if (AtEnd || source[_position] is not (',' or ':' or ';' or ' ' or '!'))
                    {
                        return null;
                    }

                    if (source[_position++] != '!')
                    {
                        name.Append(' ');
                    }
                }
                else if (char.IsAsciiLetterOrDigit(c) || c == '-')
                {
                    name.Append(c);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    return null;
                }
            }

            if (name.ToString().Trim() is not { Length: > 0 } text)
            {
                return null;
            }

            return limits ? new Atom(LimitsMo(text), Limits: true, IsFunction: true) : new Atom(UprightMi(text), IsFunction: true);
        }

        private Atom? Negation()
        {
            SkipSpaces();
            if (Peek() == '=')
            {
                _position++;
                return new Atom(Mo("≠"));
            }

            if (AtCommand("in"))
            {
                _position += "\\in".Length;
                return new Atom(Mo("∉"));
            }

            return null;
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

        private bool AtCommand(string name) =>
            source.AsSpan(_position).StartsWith("\\" + name, StringComparison.Ordinal)
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

        private static string LimitsMo(string text) => $"<mo movablelimits=\"true\" form=\"prefix\">{Escaping.Html(text)}</mo>";

        private static string Space(string width) => $"<mspace width=\"{width}\"></mspace>";

        private static bool IsFence(string symbol) => symbol is "⟨" or "⟩" or "⌊" or "⌋" or "⌈" or "⌉" or "{" or "}" or "|" or "‖";
    }
}
