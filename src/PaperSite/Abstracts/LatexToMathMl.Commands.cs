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
    }
}
