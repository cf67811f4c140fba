using System.Globalization;
using System.Text;
using PaperSite.Diagnostics;

namespace PaperSite.Importing;

/// <summary>
/// Reads the entries of a <c>.bib</c> file the way BibTeX does: text outside entries is a comment;
/// an entry is <c>@type{key, name = value, ...}</c> (or with parentheses); a value is <c>{braced {nested}}</c>,
/// <c>"quoted"</c>, a number or a <c>@string</c> name, joined with <c>#</c>. <c>@string</c> definitions are
/// expanded (the month names <c>jan</c>..<c>dec</c> are predefined), <c>@comment</c> and <c>@preamble</c> are
/// skipped. Every syntax error is reported with its line and column; reading then resumes at the next
/// line that starts with <c>@</c>, so one broken entry does not hide the problems of the others.
/// The parser is iterative: no input, however deeply nested, can exhaust the stack.
/// </summary>
internal sealed class BibtexParser
{
    private readonly string _text;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, string> _strings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    private int _position;

    /// <summary>The names no @string defines, met while reading the current entry or definition, with where each was.</summary>
    private readonly List<(string Name, int Offset)> _undefined = [];

    private BibtexParser(string text, string path, DiagnosticBag diagnostics)
    {
        _text = text;
        _path = path;
        _diagnostics = diagnostics;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public static IReadOnlyList<BibtexEntry> Parse(string text, string path, DiagnosticBag diagnostics) =>
        new BibtexParser(text, path, diagnostics).ParseFile();

    private List<BibtexEntry> ParseFile()
    {
        var entries = new List<BibtexEntry>();
        while (true)
        {
            var at = _text.IndexOf('@', _position);
            if (at < 0)
            {
                return entries;
            }

            _position = at;
            try
            {
                if (ParseItem() is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (SyntaxError error)
            {
                var (line, column) = LineAndColumn(error.Offset);
                _diagnostics.Error(DiagnosticCodes.ImportSyntax, new SourceLocation(_path, line, column), error.Message);
                _position = NextLineStartingWithAt(at + 1);
            }
        }
    }

    /// <summary>Reads what starts at an '@'. An '@' not followed by <c>name{</c> or <c>name(</c> is comment text, as in an e-mail address.</summary>
    private BibtexEntry? ParseItem()
    {
        var start = _position;
        _position++;
        SkipWhiteSpace();
        var type = ReadName();
        SkipWhiteSpace();
        if (type.Length == 0 || _position >= _text.Length || _text[_position] is not ('{' or '('))
        {
            _position = start + 1;
            return null;
        }

        var close = _text[_position] == '{' ? '}' : ')';
        var open = _position;
        _position++;
        switch (type.ToLowerInvariant())
        {
            case "comment":
                SkipBalanced(open, _text[open], close);
                return null;
            case "set" or "xdata":
                // biblatex: a set groups other entries, xdata holds fields for them to share; neither is a paper.
                SkipBalanced(open, _text[open], close);
                return null;
            case "preamble":
                ReadValue();
                ExpectClose(close, "the @preamble");
                return null;
            case "string":
                ReadStringDefinition(close);
                return null;
            default:
                return ReadEntry(type.ToLowerInvariant(), start, close);
        }
    }

    private void ReadStringDefinition(char close)
    {
        SkipWhiteSpace();
        var nameStart = _position;
        var name = ReadName();
        if (name.Length == 0)
        {
            throw new SyntaxError(nameStart, $"expected the name of the @string, found {Found()}.");
        }

        SkipWhiteSpace();
        Expect('=', $"expected '=' after the @string name '{name}', found {Found()}.");
        _undefined.Clear();
        _strings[name] = ReadValue();
        ExpectClose(close, $"the @string '{name}'");
        ReportUndefined($"the @string '{name}'");
    }

    /// <summary>All the undefined names of one entry or definition, in one warning: a file exported with its @strings left out has many.</summary>
    private void ReportUndefined(string what)
    {
        if (_undefined.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", _undefined.Select(u => $"{Shorten(u.Name)} (line {LineAndColumn(u.Offset).Line})"));
        var (line, column) = LineAndColumn(_undefined[0].Offset);
        _diagnostics.Warning(DiagnosticCodes.ImportUndefinedMacro, new SourceLocation(_path, line, column),
            $"{what} uses {(_undefined.Count == 1 ? "a name" : "names")} that no @string defines: {names}; {(_undefined.Count == 1 ? "it was" : "each was")} read as its own text. Add the @string definitions to read them as meant.");
        _undefined.Clear();
    }

    private BibtexEntry ReadEntry(string type, int start, char close)
    {
        SkipWhiteSpace();
        var keyStart = _position;
        while (_position < _text.Length && _text[_position] is not (',' or '{' or '}' or '(' or ')' or '"' or '=' or '@') && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        var key = _text[keyStart.._position];
        SkipWhiteSpace();
        if (key.Length == 0 && _position < _text.Length && _text[_position] != ',' && _text[_position] != close)
        {
            throw new SyntaxError(keyStart, $"the @{type} entry has no citation key: expected '@{type}{{key, ...', found {Found()}.");
        }

        // Mendeley writes '@article{,': the key only names the entry in messages, so a keyless entry is read too.
        var (line, column) = LineAndColumn(start);
        var label = new BibtexEntry(type, key, line, column, []).Label;
        var fields = new List<BibtexField>();
        _undefined.Clear();
        SkipWhiteSpace();
        if (!TryTake(close))
        {
            Expect(',', $"expected ',' after the citation key of {label}, found {Found()}.");
            ReadFields(label, close, fields, start);
        }

        ReportUndefined(label);
        return new BibtexEntry(type, key, line, column, fields);
    }

    private void ReadFields(string label, char close, List<BibtexField> fields, int entryStart)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhiteSpace();
            if (TryTake(close))
            {
                return;
            }

            if (_position >= _text.Length)
            {
                throw new SyntaxError(entryStart, $"{label} is never closed: expected '{close}' before the end of the file.");
            }

            var nameStart = _position;
            var name = ReadName().ToLowerInvariant();
            if (name.Length == 0 && _text[_position] == '@')
            {
                throw NotClosed(label, close, entryStart);
            }

            if (name.Length == 0)
            {
                throw new SyntaxError(nameStart, $"expected a field name or '{close}' in {label}, found {Found()}.");
            }

            SkipWhiteSpace();
            Expect('=', $"expected '=' after the field '{name}' of {label}, found {Found()}.");
            SkipWhiteSpace();
            var valueStart = _position;
            var value = ReadValue();
            var (line, column) = LineAndColumn(valueStart);
            if (!names.Add(name))
            {
                if (name != "keywords")
                {
                    throw new SyntaxError(nameStart, $"{label} has the field '{name}' twice; keep one.");
                }

                // Zotero and JabRef exports repeat 'keywords' (one per group); every one of them is a keyword.
                var first = fields.FindIndex(f => f.Name == name);
                fields[first] = fields[first] with { Value = fields[first].Value + ", " + value };
                var (nameLine, nameColumn) = LineAndColumn(nameStart);
                _diagnostics.Warning(DiagnosticCodes.ImportRepeatedField, new SourceLocation(_path, nameLine, nameColumn),
                    $"{label} has 'keywords' more than once; all of them were read as its keywords.");
            }
            else
            {
                fields.Add(new BibtexField(name, value, line, column));
            }
            SkipWhiteSpace();
            if (TryTake(','))
            {
                continue;
            }

            if (TryTake(close))
            {
                return;
            }

            if (_position < _text.Length && _text[_position] == '@')
            {
                throw NotClosed(label, close, entryStart);
            }

            throw new SyntaxError(_position, $"expected ',' or '{close}' after the value of '{name}' in {label}, found {Found()}; is a comma missing?");
        }
    }

    /// <summary>The next entry starts inside this one: a brace opened in a value was most likely never closed.</summary>
    private SyntaxError NotClosed(string label, char close, int entryStart) =>
        new(_position, string.Create(CultureInfo.InvariantCulture, $"{label} (line {LineAndColumn(entryStart).Line}) is not closed before the next entry starts here; is a '{close}' missing in one of its values?"));

    /// <summary>A value: pieces joined with '#'.</summary>
    private string ReadValue()
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipWhiteSpace();
            if (_position >= _text.Length)
            {
                throw new SyntaxError(_position, "expected a value, found the end of the file.");
            }

            var c = _text[_position];
            if (c == '{')
            {
                value.Append(ReadBraced());
            }
            else if (c == '"')
            {
                value.Append(ReadQuoted());
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = _position;
                while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
                {
                    _position++;
                }

                value.Append(_text, start, _position - start);
            }
            else if (IsNameCharacter(c))
            {
                var start = _position;
                var name = ReadName();
                if (_strings.TryGetValue(name, out var defined))
                {
                    value.Append(defined);
                }
                else
                {
                    // Reported once per entry with the others (booktitle = IJCAI91, month = September); read as the text it spells.
                    _undefined.Add((name, start));
                    value.Append(name);
                }
            }
            else
            {
                throw new SyntaxError(_position, $"expected a value in braces, in quotes, a number or a @string name, found {Found()}.");
            }

            SkipWhiteSpace();
            if (!TryTake('#'))
            {
                return value.ToString();
            }
        }
    }

    private string ReadBraced()
    {
        var open = _position;
        var level = 0;
        for (; _position < _text.Length; _position++)
        {
            switch (_text[_position])
            {
                case '{':
                    level++;
                    break;
                case '}':
                    level--;
                    if (level == 0)
                    {
                        _position++;
                        return _text[(open + 1)..(_position - 1)];
                    }

                    break;
            }
        }

        throw new SyntaxError(open, "this '{' is never closed.");
    }

    private string ReadQuoted()
    {
        var open = _position;
        var level = 0;
        for (_position++; _position < _text.Length; _position++)
        {
            switch (_text[_position])
            {
                case '{':
                    level++;
                    break;
                case '}':
                    if (level == 0)
                    {
                        throw new SyntaxError(_position, "this '}' has no matching '{' inside the quoted value.");
                    }

                    level--;
                    break;
                case '"' when level == 0:
                    _position++;
                    return _text[(open + 1)..(_position - 1)];
            }
        }

        throw new SyntaxError(open, "this '\"' is never closed.");
    }

    private void SkipBalanced(int open, char opening, char closing)
    {
        var level = 0;
        for (_position = open; _position < _text.Length; _position++)
        {
            if (_text[_position] == opening)
            {
                level++;
            }
            else if (_text[_position] == closing && --level == 0)
            {
                _position++;
                return;
            }
        }

        throw new SyntaxError(open, $"this '{opening}' is never closed.");
    }

    private string ReadName()
    {
        var start = _position;
        while (_position < _text.Length && IsNameCharacter(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }

    /// <summary>Entry types, field and @string names: ASCII letters, digits and the punctuation real files use (bdsk-url-1, date-added).</summary>
    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/';

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool TryTake(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char expected, string message)
    {
        if (!TryTake(expected))
        {
            throw new SyntaxError(_position, message);
        }
    }

    private void ExpectClose(char close, string what)
    {
        SkipWhiteSpace();
        Expect(close, $"expected '{close}' to close {what}, found {Found()}.");
    }

    private string Found()
    {
        if (_position >= _text.Length)
        {
            return "the end of the file";
        }

        var c = _text[_position];
        return c switch
        {
            '\n' or '\r' => "the end of the line",
            _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
            _ => $"'{c}'",
        };
    }

    /// <summary>
    /// Where reading resumes after an error: the next '@' that only white space precedes on its line.
    /// One pass that remembers whether the current line has held anything but white space, so a long line
    /// full of '@' costs its length once, not once per '@'.
    /// </summary>
    private int NextLineStartingWithAt(int from)
    {
        var lineStart = from == 0 ? 0 : _text.LastIndexOf('\n', from - 1) + 1;
        var onlyWhiteSpace = _text.AsSpan(lineStart, from - lineStart).IsWhiteSpace();
        for (var i = from; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\n')
            {
                onlyWhiteSpace = true;
            }
            else if (c == '@' && onlyWhiteSpace)
            {
                return i;
            }
            else if (!char.IsWhiteSpace(c))
            {
                onlyWhiteSpace = false;
            }
        }

        return _text.Length;
    }

    private (int Line, int Column) LineAndColumn(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    /// <summary>A syntax error at an offset; caught per entry, never escapes the parser.</summary>
    private sealed class SyntaxError(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
