using System.Text;
using PaperSite.Rendering;

namespace PaperSite.Abstracts;

internal static partial class LatexToMathMl
{
    /// <summary>The backslash commands: symbols, fonts, fractions, roots, accents, delimiters and text.</summary>
    private sealed partial class Parser
    {
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
                // Under \boldsymbol, \bm or \mathbf a Greek letter or ∇ is bold: a vector θ is not a scalar θ.
                return new Atom(_font is MathFont.None or MathFont.Upright ? (_font == MathFont.Upright ? UprightMi(identifier) : Mi(identifier)) : Mi(MathAlphabets.Map(identifier, _font)));
            }

            if (LatexSymbols.UprightIdentifiers.TryGetValue(name, out var upright))
            {
                var bold = MathAlphabets.ForCapitalGreek(_font);
                return new Atom(bold is MathFont.Bold or MathFont.Italic ? Mi(MathAlphabets.Map(upright, bold)) : UprightMi(upright));
            }

            if (LatexSymbols.UprightGreek.TryGetValue(name, out var uprightGreek))
            {
                return new Atom(UprightMi(uprightGreek));
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

            if (LatexSymbols.FontSwitches.TryGetValue(name, out var switched))
            {
                _font = switched;
                return Atom.Nothing;
            }

            if (LatexSymbols.TextCommands.TryGetValue(name, out var textFont))
            {
                return Text(textFont);
            }

            if (LatexSymbols.Accents.TryGetValue(name, out var accent))
            {
                return WithAccent(accent);
            }

            if (LatexSymbols.ExtensibleArrows.TryGetValue(name, out var arrow))
            {
                return ExtensibleArrow(arrow);
            }

            if (LatexSymbols.DelimiterSizes.Contains(name))
            {
                return Delimiter() is { } sized ? new Atom(sized.Length == 0 ? "" : FixedMo(sized)) : null;
            }

            return name switch
            {
                "frac" or "dfrac" or "tfrac" or "cfrac" or "sfrac" or "nicefrac" => Fraction(),
                "phantom" => Wrapped("<mphantom>", "</mphantom>"),
                "hphantom" => Wrapped("<mpadded height=\"0\" depth=\"0\"><mphantom>", "</mphantom></mpadded>"),
                "vphantom" => Wrapped("<mpadded width=\"0\"><mphantom>", "</mphantom></mpadded>"),
                "mathstrut" => new Atom("<mpadded width=\"0\"><mphantom><mo stretchy=\"false\">(</mo></mphantom></mpadded>"),
                "boxed" or "fbox" => Wrapped("<menclose notation=\"box\">", "</menclose>"),
                "cancel" => Wrapped("<menclose notation=\"updiagonalstrike\">", "</menclose>"),
                "bcancel" => Wrapped("<menclose notation=\"downdiagonalstrike\">", "</menclose>"),
                "xcancel" => Wrapped("<menclose notation=\"updiagonalstrike downdiagonalstrike\">", "</menclose>"),
                "textcolor" => Colored(),
                "label" => Label() is null ? null : Atom.Nothing,
                "eqref" => Label() is { } reference ? new Atom($"<mtext>({Escaping.Html(reference)})</mtext>") : null,
                "ref" => Label() is { } target ? new Atom($"<mtext>{Escaping.Html(target)}</mtext>") : null,
                "binom" or "dbinom" or "tbinom" => Binomial(),
                "sqrt" => Root(),
                "left" => Fenced(),
                // As in TeX, \middle belongs between a \left and its \right.
                "middle" when _fences == 0 => null,
                "middle" => Delimiter() is { } middle ? new Atom(middle.Length == 0 ? "" : $"<mo stretchy=\"true\">{Escaping.Html(middle)}</mo>") : null,
                "operatorname" => OperatorName(),
                "overset" or "stackrel" => Stack(over: true),
                "underset" => Stack(over: false),
                "not" => Negation(),
                "begin" => Environment(),
                "substack" => Substack(),
                "pmod" => Modulo(parenthesised: true, word: true),
                "pod" => Modulo(parenthesised: true, word: false),
                "mod" => Modulo(parenthesised: false, word: true),
                "bmod" => new Atom("<mo lspace=\"0.2222em\" rspace=\"0.2222em\">mod</mo>"),
                "ket" => Bracketed("|", "⟩", stretchy: false),
                "bra" => Bracketed("⟨", "|", stretchy: false),
                "braket" => Bracketed("⟨", "⟩", stretchy: false),
                "Ket" => Bracketed("|", "⟩", stretchy: true),
                "Bra" => Bracketed("⟨", "|", stretchy: true),
                "Braket" => Bracketed("⟨", "⟩", stretchy: true),
                "mathop" => Operator(),
                _ => Unknown(name),
            };
        }

        private Atom? Wrapped(string open, string close) => ParseArgument() is { } argument ? new Atom(open + argument + close) : null;

        /// <summary><c>\textcolor{red}{x}</c>: the colour as MathML's mathcolor, only a name or a hex value (never anything a browser could run).</summary>
        private Atom? Colored() =>
            ColorName() is { } color && ParseArgument() is { } argument ? new Atom($"<mstyle mathcolor=\"{color}\">{argument}</mstyle>") : null;

        /// <summary>The braced colour of <c>\color</c> or <c>\textcolor</c>: letters (red, NavyBlue) or six hex digits, as xcolor takes them.</summary>
        private string? ColorName()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            var close = source.IndexOf('}', _position);
            if (close < 0)
            {
                return null;
            }

            var name = source[(_position + 1)..close].Trim();
            var valid = name.Length is > 0 and <= 30 && (name.All(char.IsAsciiLetter) || (name.TrimStart('#').Length == 6 && name.TrimStart('#').All(char.IsAsciiHexDigit)));
            if (!valid)
            {
                return null;
            }

            _position = close + 1;
            return name.All(char.IsAsciiLetter) ? name.ToLowerInvariant() : "#" + name.TrimStart('#');
        }

        /// <summary>The key of <c>\label</c> or <c>\eqref</c>: letters, digits and the punctuation keys use.</summary>
        private string? Label()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            var close = source.IndexOf('}', _position);
            if (close < 0 || close - _position > 100)
            {
                return null;
            }

            var key = source[(_position + 1)..close];
            if (!key.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_' or '.' or ' '))
            {
                return null;
            }

            _position = close + 1;
            return key;
        }

        /// <summary>A command nobody defined: remembered, so the record can be told which one (and that math_macros can define it).</summary>
        private Atom? Unknown(string name)
        {
            UnknownCommand ??= name;
            return null;
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

        /// <summary><c>\pmod{n}</c> "(mod n)" after a wide space, <c>\pod{n}</c> "(n)", <c>\mod{n}</c> "mod n".</summary>
        private Atom? Modulo(bool parenthesised, bool word)
        {
            if (ParseArgument() is not { } modulus)
            {
                return null;
            }

            var inner = word ? $"<mi>mod</mi><mspace width=\"0.3333em\"></mspace>{modulus}" : modulus;
            var shown = parenthesised ? $"{FixedMo("(")}{inner}{FixedMo(")")}" : inner;
            return new Atom($"<mrow><mspace width=\"{(display ? "1em" : "0.4444em")}\"></mspace>{shown}</mrow>");
        }

        /// <summary>Dirac's notation: <c>\ket{\psi}</c> is |ψ⟩; a bar inside <c>\braket{a|b}</c> stays a bar.</summary>
        private Atom? Bracketed(string open, string close, bool stretchy)
        {
            if (ParseArgument() is not { } content)
            {
                return null;
            }

            var (left, right) = stretchy
                ? ($"<mo fence=\"true\">{Escaping.Html(open)}</mo>", $"<mo fence=\"true\">{Escaping.Html(close)}</mo>")
                : (FixedMo(open), FixedMo(close));
            return new Atom($"<mrow>{left}{content}{right}</mrow>");
        }

        /// <summary>
        /// <c>\mathop{\mathbb{E}}_x</c>: the argument becomes a large operator, its limits below in display style
        /// and beside it inline, as LaTeX sets them.
        /// </summary>
        private Atom? Operator()
        {
            if (ParseArgument() is not { } argument)
            {
                return null;
            }

            if (SingleToken(argument) is { } token)
            {
                return new Atom($"<mo movablelimits=\"true\" form=\"prefix\">{token}</mo>", Limits: true);
            }

            return new Atom(argument.StartsWith("<mrow>", StringComparison.Ordinal) ? argument : $"<mrow>{argument}</mrow>", Limits: display);
        }

        /// <summary><c>\xrightarrow[below]{above}</c>: an arrow that stretches over its labels.</summary>
        private Atom? ExtensibleArrow(string arrow)
        {
            string? below = null;
            SkipSpaces();
            if (Peek() == '[')
            {
                _position++;
                if (!Enter())
                {
                    return null;
                }

                var items = new List<string>();
                var parsed = ParseItems(items, Closing.Bracket);
                _depth--;
                if (!parsed)
                {
                    return null;
                }

                below = Row(items);
            }

            SkipSpaces();
            if (Peek() != '{' || ParseArgument() is not { } above)
            {
                return null;
            }

            var mo = $"<mo stretchy=\"true\">{Escaping.Html(arrow)}</mo>";
            return new Atom(below is null ? $"<mover>{mo}{above}</mover>" : $"<munderover>{mo}{below}{above}</munderover>");
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

        private Atom? WithAccent(Accent accent)
        {
            var argument = ParseArgument();
            if (argument is null)
            {
                return null;
            }

            var mark = accent.Stretchy ? $"<mo stretchy=\"true\">{Escaping.Html(accent.Mark)}</mo>" : $"<mo>{Escaping.Html(accent.Mark)}</mo>";
            return new Atom(
                accent.Under ? $"<munder accentunder=\"true\">{argument}{mark}</munder>" : $"<mover accent=\"true\">{argument}{mark}</mover>",
                Limits: accent.Limits);
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

            var font = _font;
            var items = new List<string>();
            _fences++;
            var parsed = ParseItems(items, Closing.Right);
            _fences--;
            _font = font;
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

        /// <summary><c>\text{…}</c>: the argument as text, its spaces kept; <c>\textbf</c> and the like keep their font.</summary>
        private Atom? Text(MathFont font)
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
            var shown = font == MathFont.None ? core : MathAlphabets.Map(core, font);
            return new Atom($"<mtext>{lead}{Escaping.Html(shown)}{trail}</mtext>");
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

        /// <summary><c>\not</c> before any relation: its own negated character where Unicode has one (⊄), else a slash through it.</summary>
        private Atom? Negation()
        {
            // \not\not\not... nests one call per \not: bounded like every other nesting, or it would overflow the stack.
            if (!Enter())
            {
                return null;
            }

            var next = ParseAtom(single: true);
            _depth--;
            if (next is not { Markup.Length: > 0 } atom || SingleToken(atom.Markup) is not { } symbol)
            {
                return null;
            }

            return new Atom(Mo(LatexSymbols.Negations.TryGetValue(symbol, out var negated) ? negated : null, symbol + "\u0338"));

            static string Mo(string? negated, string slashed) => $"<mo>{negated ?? slashed}</mo>";
        }

        /// <summary>The escaped text of markup that is one token (<c>&lt;mi&gt;</c>, <c>&lt;mo&gt;</c> or <c>&lt;mn&gt;</c>), or null.</summary>
        private static string? SingleToken(string markup)
        {
            if (markup.Length < 9 || markup[0] != '<' || markup[1] != 'm' || markup[2] is not ('i' or 'o' or 'n'))
            {
                return null;
            }

            var open = markup.IndexOf('>', StringComparison.Ordinal);
            var close = markup.IndexOf('<', open);
            return close == markup.Length - 5 && markup.EndsWith($"</m{markup[2]}>", StringComparison.Ordinal) ? markup[(open + 1)..close] : null;
        }
    }
}
