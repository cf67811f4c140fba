using System.Globalization;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperSite.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree, reporting problems as diagnostics
/// rather than exceptions. Records are untrusted, so anchors and aliases are refused outright
/// (no alias bomb can expand), nesting is capped and duplicate keys are errors. Characters that
/// disguise text (<see cref="SpoofingCharacters"/>) are removed from every scalar, with a warning.
/// </summary>
internal static partial class YamlDocumentReader
{
    /// <summary>Deeper than any record needs (authors are at depth 3), shallow enough to never threaten the stack.</summary>
    public const int MaxDepth = 16;

    public static YamlNode? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, path, diagnostics, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var extra = parser.Current!;
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(path, extra.Start),
                    "a record holds one YAML document; remove the second '---' and what follows it.");
                return null;
            }

            return root;
        }
        catch (NestingTooDeepException tooDeep)
        {
            diagnostics.Error(DiagnosticCodes.TooDeep, At(path, tooDeep.Start),
                $"the YAML is nested more than {MaxDepth} levels deep; records are flat mappings.");
            return null;
        }
        catch (AnchorRefusedException refused)
        {
            diagnostics.Error(DiagnosticCodes.AnchorOrAlias, At(path, refused.Start),
                "anchors (&name) and aliases (*name) are not allowed in records; write the value out in full.");
            return null;
        }
        catch (YamlException syntax)
        {
            var at = PlaceOf(syntax, text, path);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, DescribeSyntaxError(syntax) + ColonHint(syntax, text, at.Line));
            return null;
        }
        catch (Exception broken) when (broken is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // On some malformed input YamlDotNet throws these rather than a YamlException (an unclosed '['
            // before a later line, a '!' tag that is not a URI, text after '...'). The file is not valid YAML all the same.
            var at = parser.Current is { } current ? At(path, current.Start) : SourceLocation.File(path);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at,
                "this is not valid YAML from here on; look for a bracket or quote left open, a stray '!' or '...', or a misplaced ':'.");
            return null;
        }
    }

    /// <summary>
    /// Where a syntax error is. YamlDotNet reports a tab used as indentation at the start of the mapping
    /// it was scanning, often line 1; the contributor needs the line that holds the tab.
    /// </summary>
    private static SourceLocation PlaceOf(YamlException syntax, string text, string path)
    {
        var at = At(path, syntax.Start);
        if (!syntax.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return at;
        }

        var lines = text.Split('\n');
        for (var line = Math.Max(0, at.Line - 1); line < lines.Length; line++)
        {
            var indentation = lines[line].Length - lines[line].TrimStart(' ', '\t').Length;
            var tab = lines[line].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new SourceLocation(path, line + 1, tab + 1);
            }
        }

        return at;
    }

    private static YamlNode ReadNode(IParser parser, string path, DiagnosticBag diagnostics, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NestingTooDeepException(parser.Current!.Start);
        }

        var current = parser.Current!;
        if (current is AnchorAlias)
        {
            throw new AnchorRefusedException(current.Start);
        }

        if (current is NodeEvent node && !node.Anchor.IsEmpty)
        {
            throw new AnchorRefusedException(current.Start);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return ToScalar(scalar, path, diagnostics);

            case SequenceStart start:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, path, diagnostics, depth + 1));
                }

                return new YamlSequence(items, (int)start.Start.Line, (int)start.Start.Column);
            }

            case MappingStart start:
            {
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var keyNode = ReadNode(parser, path, diagnostics, depth + 1);
                    var value = ReadNode(parser, path, diagnostics, depth + 1);
                    if (keyNode is not YamlScalar key)
                    {
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(path, keyEvent.Start),
                            "a key must be plain text, not a list or mapping.");
                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var first))
                    {
                        diagnostics.Error(DiagnosticCodes.DuplicateKey, new SourceLocation(path, key.Line, key.Column),
                            string.Create(CultureInfo.InvariantCulture, $"'{key.Value}' appears twice in this mapping (first on line {first.Line}); keep one."));
                        continue;
                    }

                    seen.Add(key.Value, key);
                    entries.Add(new YamlEntry(key, value));
                }

                return new YamlMapping(entries, (int)start.Start.Line, (int)start.Start.Column);
            }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}.");
        }
    }

    private static YamlScalar ToScalar(Scalar scalar, string path, DiagnosticBag diagnostics)
    {
        var value = SpoofingCharacters.Remove(scalar.Value, out var removed);
        if (removed is not null)
        {
            diagnostics.Warning(DiagnosticCodes.InvisibleCharacters, At(path, scalar.Start),
                $"this value holds characters that make text display differently from how it is stored ({removed}); they were removed.");
        }

        return new(value, scalar.Style == ScalarStyle.Plain, (int)scalar.Start.Line, (int)scalar.Start.Column);
    }

    private static SourceLocation At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    // YamlDotNet's messages end with a full stop inconsistently and sometimes repeat the position; normalise.
    /// <summary>
    /// The commonest first mistake: an unquoted value holding ": " (an abstract pasted as it is). YamlDotNet
    /// calls that an invalid mapping; the contributor needs to hear what to write instead.
    /// </summary>
    private static string ColonHint(YamlException exception, string text, int line)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        if (!message.Contains("invalid mapping", StringComparison.Ordinal) && !message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
        {
            return "";
        }

        var lines = text.Split('\n');
        var key = line >= 1 && line <= lines.Length && KeyAtLineStart().Match(lines[line - 1]) is { Success: true } match ? match.Groups["key"].Value : "key";
        return $" A value with ': ' in it must be quoted (\"...\") or written as a block: put '{key}: |' and the text on the lines below, indented.";
    }

    [System.Text.RegularExpressions.GeneratedRegex("^\\s*(?<key>[A-Za-z_][A-Za-z0-9_]*):\\s")]
    private static partial System.Text.RegularExpressions.Regex KeyAtLineStart();

    private static string DescribeSyntaxError(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && paren > 0)
        {
            message = message[(paren + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        if (message.Length == 0)
        {
            return "this is not valid YAML.";
        }

        return $"this is not valid YAML: {char.ToLowerInvariant(message[0])}{message[1..]}.";
    }

    private sealed class NestingTooDeepException(Mark start) : Exception
    {
        public Mark Start { get; } = start;
    }

    private sealed class AnchorRefusedException(Mark start) : Exception
    {
        public Mark Start { get; } = start;
    }
}
