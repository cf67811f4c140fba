using PaperSite.Text;
using System.Collections.Frozen;
using System.Text;

namespace PaperSite.Importing;

/// <summary>
/// Turns the LaTeX of a BibTeX field (or an arXiv title) into plain Unicode text: accents
/// (<c>\"{o}</c>, <c>{\'e}</c>, <c>\c c</c>) become composed letters, <c>{}</c> case protection and
/// text-style commands (<c>\emph{x}</c>) are removed, escaped specials (<c>\&amp;</c>, <c>\%</c>) become
/// the character, and <c>--</c>, <c>---</c>, <c>``</c>, <c>''</c> become typographic dashes and quotes.
/// Math (<c>$...$</c>, <c>$$...$$</c>) is kept verbatim, since abstracts render it; <c>\(...\)</c> and
/// <c>\[...\]</c> become the dollar forms. <c>\url{...}</c> keeps its address exactly. A command it does not know
/// is kept as written, with its braced argument, so no text is lost.
/// </summary>
internal static class LatexText
{
    /// <summary>Accent arguments nest only a level or two in real files; deeper is hostile and left as written.</summary>
    private const int MaxDepth = 32;

    private static readonly FrozenDictionary<char, char> SymbolAccents = new Dictionary<char, char>
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308',
        ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, char> LetterAccents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["c"] = '\u0327', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Letters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["ldots"] = "…", ["dots"] = "…",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["textbackslash"] = "\\", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["pounds"] = "£",
        ["quad"] = " ", ["qquad"] = " ", ["newline"] = " ", ["par"] = " ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands whose one argument is the text itself.</summary>
    private static readonly FrozenSet<string> TextCommands = new[]
    {
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textup", "textsl", "textmd",
        "textnormal", "mbox", "hbox", "text", "uppercase", "MakeUppercase", "underline", "ensuremath",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Old-style font switches (<c>{\it x}</c>): dropped, their group's text stays.</summary>
    private static readonly FrozenSet<string> FontSwitches = new[]
    {
        "it", "bf", "sc", "tt", "rm", "sf", "em", "sl", "itshape", "bfseries", "scshape", "ttfamily", "rmfamily",
        "sffamily", "upshape", "normalfont", "small", "large", "Large", "footnotesize", "protect",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string ToUnicode(string latex)
    {
        var builder = new StringBuilder(latex.Length);
        Convert(latex, builder, depth: 0);
        return builder.ToString();
    }

    /// <summary>
    /// An abstract: plain text with some TeX in it. Unlike a title, its '~' usually means "about" (<c>~3x faster</c>),
    /// so it is kept unless it ties two words (<c>Section~3</c>), and a bare web address is copied exactly.
    /// </summary>
    public static string AbstractToUnicode(string latex)
    {
        var builder = new StringBuilder(latex.Length);
        Convert(latex, builder, depth: 0, isAbstract: true);
        return builder.ToString();
    }

    private static void Convert(string text, StringBuilder output, int depth, bool isAbstract = false)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '{' or '}':
                    // Case protection and grouping: the braces go, their text stays.
                    i++;
                    break;
                case '$':
                    i = CopyMath(text, i, output);
                    break;
                case '\\':
                    i = Command(text, i, output, depth, isAbstract);
                    break;
                case '~' when isAbstract && !IsTie(text, i):
                    output.Append('~');
                    i++;
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case 'h' when isAbstract && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && BareAddressLength(text, i) is var length and > 0:
                    output.Append(text, i, length);
                    i += length;
                    break;
                case '-' when At(text, i, "---"):
                    output.Append('—');
                    i += 3;
                    break;
                case '-' when At(text, i, "--"):
                    output.Append('–');
                    i += 2;
                    break;
                case '`' when At(text, i, "``"):
                    output.Append('“');
                    i += 2;
                    break;
                case '`':
                    output.Append('‘');
                    i++;
                    break;
                case '\'' when At(text, i, "''"):
                    output.Append('”');
                    i += 2;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>Copies <c>$...$</c> or <c>$$...$$</c> as written; an unclosed one is copied to the end.</summary>
    private static int CopyMath(string text, int start, StringBuilder output)
    {
        var delimiter = At(text, start, "$$") ? "$$" : "$";
        var i = start + delimiter.Length;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (At(text, i, delimiter))
            {
                i += delimiter.Length;
                output.Append(text, start, i - start);
                return i;
            }

            i++;
        }

        output.Append(text, start, text.Length - start);
        return text.Length;
    }

    private static int Command(string text, int start, StringBuilder output, int depth, bool isAbstract = false)
    {
        var i = start + 1;
        if (i >= text.Length)
        {
            output.Append('\\');
            return i;
        }

        var symbol = text[i];
        if (!char.IsAsciiLetter(symbol))
        {
            i++;
            if (SymbolAccents.TryGetValue(symbol, out var mark))
            {
                return Accent(text, i, mark, output, depth);
            }

            switch (symbol)
            {
                case '(':
                    return CopyDelimitedMath(text, i, @"\)", "$", output);
                case '[':
                    return CopyDelimitedMath(text, i, @"\]", "$$", output);
                case '\\' or ',' or ';' or ':' or ' ' or '\n' or '\t':
                    output.Append(' ');
                    return i;
                case '-' or '/' or '@':
                    // Hyphenation hint, italic correction, spacing hint: nothing to show.
                    return i;
                case '$' when isAbstract:
                    // A dollar sign, not math: marked so that the abstract's Markdown escapes it rather than pairing it.
                    output.Append(PlainTextMarkdown.LiteralDollar);
                    return i;
                default:
                    // \& \% \$ \# \_ \{ \} and the like: the character itself.
                    output.Append(symbol);
                    return i;
            }
        }

        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        var name = text[(start + 1)..i];
        var afterName = i;
        // TeX ignores spaces after a control word. Line breaks stay: they may separate paragraphs.
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (LetterAccents.TryGetValue(name, out var letterMark))
        {
            return Accent(text, i, letterMark, output, depth);
        }

        if (Letters.TryGetValue(name, out var letter))
        {
            output.Append(letter);
            return i;
        }

        if (name == "url" && i < text.Length && text[i] == '{')
        {
            // An address is not LaTeX: its '~' and '--' are part of it.
            var (address, afterAddress) = Group(text, i);
            output.Append(address);
            return afterAddress;
        }

        if (TextCommands.Contains(name) && i < text.Length && text[i] == '{')
        {
            var (argument, end) = Group(text, i);
            Nested(argument, output, depth);
            return end;
        }

        if (name == "href" && i < text.Length && text[i] == '{')
        {
            // \href{url}{text}: the text is what a reader sees.
            var (_, afterUrl) = Group(text, i);
            return afterUrl;
        }

        if (FontSwitches.Contains(name))
        {
            return i;
        }

        if (i < text.Length && text[i] == '{')
        {
            // A command it does not know (\cite{foo}) is kept as written, argument and braces too, so nothing runs together.
            var (argument, end) = Group(text, i);
            output.Append('\\').Append(name).Append('{');
            Nested(argument, output, depth);
            output.Append('}');
            return end;
        }

        output.Append('\\').Append(name);
        if (afterName < i)
        {
            output.Append(' ');
        }

        return i;
    }

    /// <summary>Puts the combining <paramref name="mark"/> after the first letter of the accent's argument.</summary>
    private static int Accent(string text, int i, char mark, StringBuilder output, int depth)
    {
        string argument;
        int end;
        if (i < text.Length && text[i] == '{')
        {
            (var group, end) = Group(text, i);
            var converted = new StringBuilder();
            Nested(group, converted, depth);
            argument = converted.ToString();
        }
        else if (i < text.Length && text[i] == '\\')
        {
            if (depth >= MaxDepth)
            {
                // Accents stacked this deep are hostile: this one is dropped and the caller reads on from here.
                return i;
            }

            var converted = new StringBuilder();
            end = Command(text, i, converted, depth + 1);
            argument = converted.ToString();
        }
        else if (i < text.Length)
        {
            argument = text[i].ToString();
            end = i + 1;
        }
        else
        {
            return i;
        }

        if (argument.Length == 0)
        {
            return end;
        }

        if (!char.IsLetter(argument[0]))
        {
            // Nothing to put the accent on (a command nested too deep, left as written, or a digit): the text stays, the accent goes.
            output.Append(argument);
            return end;
        }

        // The dotless i and j carry accents in TeX; composed Unicode letters start from the dotted ones.
        var first = argument[0] switch
        {
            'ı' => 'i',
            'ȷ' => 'j',
            var other => other,
        };
        output.Append(CombiningAccents.Compose(first, mark)).Append(argument, 1, argument.Length - 1);
        return end;
    }

    private static void Nested(string argument, StringBuilder output, int depth)
    {
        if (depth >= MaxDepth)
        {
            output.Append(argument);
            return;
        }

        Convert(argument, output, depth + 1);
    }

    /// <summary>The text inside the braced group that starts at <paramref name="open"/>, and the index after it.</summary>
    private static (string Inside, int End) Group(string text, int open)
    {
        var level = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    level++;
                    break;
                case '}':
                    level--;
                    if (level == 0)
                    {
                        return (text[(open + 1)..i], i + 1);
                    }

                    break;
            }
        }

        return (text[(open + 1)..], text.Length);
    }

    private static int CopyDelimitedMath(string text, int contentStart, string closing, string delimiter, StringBuilder output)
    {
        var close = text.IndexOf(closing, contentStart, StringComparison.Ordinal);
        var end = close < 0 ? text.Length : close;
        output.Append(delimiter).Append(text, contentStart, end - contentStart).Append(delimiter);
        return close < 0 ? text.Length : close + closing.Length;
    }

    /// <summary>A '~' between a word (or "Fig.") and a word or number: TeX's unbreakable space.</summary>
    private static bool IsTie(string text, int i) =>
        i > 0 && i + 1 < text.Length && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.') && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>The length of the http(s) address starting at <paramref name="i"/>, up to white space or a brace; 0 when there is none.</summary>
    private static int BareAddressLength(string text, int i)
    {
        if (!At(text, i, "http://") && !At(text, i, "https://"))
        {
            return 0;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('{' or '}'))
        {
            end++;
        }

        return end - i;
    }

    private static bool At(string text, int index, string expected) => text.AsSpan(index).StartsWith(expected, StringComparison.Ordinal);
}
