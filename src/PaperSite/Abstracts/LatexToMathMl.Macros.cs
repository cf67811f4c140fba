using System.Globalization;
using System.Text;

namespace PaperSite.Abstracts;

internal static partial class LatexToMathMl
{
    private enum Expansion
    {
        NotAMacro,
        Expanded,
        Failed,
    }

    /// <summary>The site's macros, replaced in the source by their expansion the way TeX does, before anything else reads them.</summary>
    private sealed partial class Parser
    {
        private int _expansions;

        /// <summary>The first command the converter did not know, when that is why the formula fell back.</summary>
        public string? UnknownCommand { get; private set; }

        /// <summary>Why a macro's expansion was stopped, when it was.</summary>
        public string? MacroProblem { get; private set; }

        /// <summary>At a backslash: replaces a site macro and its arguments by its expansion.</summary>
        private Expansion ExpandMacro()
        {
            if (macros.Count == 0)
            {
                return Expansion.NotAMacro;
            }

            var start = _position;
            var end = start + 1;
            while (end < source.Length && char.IsAsciiLetter(source[end]))
            {
                end++;
            }

            if (end == start + 1 || !macros.TryGet(source[(start + 1)..end], out var macro))
            {
                return Expansion.NotAMacro;
            }

            if (++_expansions > MathMacros.MaxExpansions)
            {
                MacroProblem = string.Create(CultureInfo.InvariantCulture,
                    $"the macro \\{macro.Name} was expanded more than {MathMacros.MaxExpansions} times in one formula (does it call itself?)");
                return Expansion.Failed;
            }

            _position = end;
            var arguments = new string[macro.Arity];
            for (var i = 0; i < macro.Arity; i++)
            {
                if (RawArgument() is not { } argument)
                {
                    return Expansion.Failed;
                }

                arguments[i] = argument;
            }

            var body = Substitute(macro.Expansion, arguments);
            if (source.Length - (_position - start) + body.Length > MathMacros.MaxExpandedLength)
            {
                MacroProblem = string.Create(CultureInfo.InvariantCulture,
                    $"the macro \\{macro.Name} made the formula longer than {MathMacros.MaxExpandedLength:N0} characters");
                return Expansion.Failed;
            }

            source = string.Concat(source.AsSpan(0, start), body, source.AsSpan(_position));
            _position = start;
            return Expansion.Expanded;
        }

        /// <summary>A macro's argument as source text: a braced group without its braces, a command, or one character.</summary>
        private string? RawArgument()
        {
            SkipSpaces();
            if (AtEnd)
            {
                return null;
            }

            var start = _position;
            switch (source[_position])
            {
                case '{':
                    var nesting = 0;
                    for (; _position < source.Length; _position++)
                    {
                        var c = source[_position];
                        if (c == '\\')
                        {
                            _position++;
                        }
                        else if (c == '{')
                        {
                            nesting++;
                        }
                        else if (c == '}' && --nesting == 0)
                        {
                            _position++;
                            return source[(start + 1)..(_position - 1)];
                        }
                    }

                    return null;
                case '\\':
                    _position++;
                    if (AtEnd)
                    {
                        return null;
                    }

                    if (!char.IsAsciiLetter(source[_position]))
                    {
                        _position++;
                    }
                    else
                    {
                        while (!AtEnd && char.IsAsciiLetter(source[_position]))
                        {
                            _position++;
                        }
                    }

                    return source[start.._position];
                case '}':
                    return null;
                default:
                    _position += char.IsHighSurrogate(source[_position]) && _position + 1 < source.Length ? 2 : 1;
                    return source[start.._position];
            }
        }

        private static string Substitute(string expansion, string[] arguments)
        {
            if (arguments.Length == 0 && !expansion.Contains('#', StringComparison.Ordinal))
            {
                return expansion;
            }

            var body = new StringBuilder(expansion.Length + 16);
            for (var i = 0; i < expansion.Length; i++)
            {
                var c = expansion[i];
                if (c == '#' && i + 1 < expansion.Length)
                {
                    var next = expansion[++i];
                    body.Append(next == '#' ? "#" : arguments[next - '1']);
                }
                else
                {
                    body.Append(c);
                }
            }

            // A following letter must not run into a command at the end of the body ("\alpha" then "x").
            if (body.Length > 0 && char.IsAsciiLetter(body[^1]) && EndsInCommand(body))
            {
                body.Append(' ');
            }

            return body.ToString();
        }

        private static bool EndsInCommand(StringBuilder body)
        {
            var i = body.Length - 1;
            while (i >= 0 && char.IsAsciiLetter(body[i]))
            {
                i--;
            }

            return i >= 0 && body[i] == '\\';
        }
    }
}
