using System.Globalization;
using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>
/// Typed, checked access to the keys of one YAML mapping. Every getter reports what is wrong
/// with the value as a diagnostic at the value's position and returns null, so a reader can
/// go on and find the record's other problems too.
/// </summary>
internal sealed partial class MappingFields
{
    private readonly Dictionary<string, YamlEntry> _entries;
    private readonly YamlMapping _mapping;

    public MappingFields(YamlMapping mapping, string path, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        Path = path;
        Diagnostics = diagnostics;
        _entries = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (knownKeys.Contains(entry.Key.Value))
            {
                _entries[entry.Key.Value] = entry;
                continue;
            }

            var nearest = KeySuggester.Nearest(entry.Key.Value, knownKeys);
            var hint = nearest is null ? $"known keys are {string.Join(", ", knownKeys)}" : $"did you mean '{nearest}'?";
            diagnostics.Error(DiagnosticCodes.UnknownKey, At(entry.Key), $"'{Shorten(entry.Key.Value)}' is not a known key; {hint}");
        }
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation At(YamlNode node) => new(Path, node.Line, node.Column);

    public SourceLocation MappingStart => new(Path, _mapping.Line, _mapping.Column);

    /// <summary>The value's node, or null when the key is absent or written as null.</summary>
    public YamlNode? Node(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Value is not YamlScalar { IsNull: true } ? entry.Value : null;

    public string? RequiredText(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            Diagnostics.Error(DiagnosticCodes.MissingKey, MappingStart, $"'{key}' is required but missing.");
            return null;
        }

        var text = Text(key);
        if (text is null && entry.Value is YamlScalar)
        {
            Diagnostics.Error(DiagnosticCodes.EmptyValue, At(entry.Value), $"'{key}' is required but empty.");
        }

        return text;
    }

    /// <summary>A text value, trimmed; null (with a diagnostic when the type is wrong) when there is none.</summary>
    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"'{key}' must be text, got {node.Kind}.");
            return null;
        }

        var value = scalar.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The longest one-line value (a title, a name, an organisation). Such values are repeated on every
    /// listing and in every feed that shows the paper, so a megabyte-long one would be copied everywhere.
    /// </summary>
    public const int MaxLineLength = 1_000;

    /// <summary>A one-line text: runs of white space (including line breaks) become one space.</summary>
    public string? Line(string key, bool required = false)
    {
        var text = required ? RequiredText(key) : Text(key);
        return text is null ? null : CheckedLine(key, text, Node(key)!);
    }

    /// <summary>A one-line text from a scalar that is not the value of a key (an author's name given as a list item, a link's name).</summary>
    public string? Line(string what, YamlScalar scalar, int maxLength = MaxLineLength) => CheckedLine(what, scalar.Value, scalar, maxLength);

    private string? CheckedLine(string what, string text, YamlNode node, int maxLength = MaxLineLength)
    {
        var line = CollapseWhiteSpace(text);
        if (line.Length <= maxLength)
        {
            return line;
        }

        Diagnostics.Error(DiagnosticCodes.TooLong, At(node), string.Create(CultureInfo.InvariantCulture, $"'{what}' may be at most {maxLength:N0} characters, got {line.Length:N0}."));
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = required ? RequiredText(key) : Text(key);
        if (text is null)
        {
            return null;
        }

        if (DatePattern().IsMatch(text) &&
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (UnpaddedDatePattern().IsMatch(text) &&
            DateOnly.TryParseExact(text, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var unpadded))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidDate, At(Node(key)!),
                $"'{key}' must be written yyyy-MM-dd, e.g. {unpadded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, got '{Shorten(text)}'.");
            return null;
        }

        Diagnostics.Error(DiagnosticCodes.InvalidDate, At(Node(key)!), $"'{key}' must be a real date as yyyy-MM-dd, got '{Shorten(text)}'.");
        return null;
    }

    /// <summary>
    /// A date that may be known only to the month or the year (<c>published: 2017</c>, what an old paper's BibTeX
    /// gives): <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>.
    /// </summary>
    public Model.PublicationDate? PartialDate(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (Model.PublicationDate.TryParseIso(text, out var date))
        {
            return date;
        }

        var example = UnpaddedDatePattern().IsMatch(text) &&
            DateOnly.TryParseExact(text, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var unpadded)
            ? unpadded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "2016-12-02";
        Diagnostics.Error(DiagnosticCodes.InvalidDate, At(Node(key)!),
            $"'{key}' must be a real date as yyyy-MM-dd (e.g. {example}), or yyyy-MM or yyyy when that is all the source gives, got '{Shorten(text)}'.");
        return null;
    }

    public int? WholeNumber(string key, int minimum = 0, int maximum = int.MaxValue)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (WholeNumberPattern().IsMatch(text) &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
            number >= minimum && number <= maximum)
        {
            return number;
        }

        var range = maximum == int.MaxValue ? $">= {minimum}" : $"from {minimum} to {maximum}";
        Diagnostics.Error(DiagnosticCodes.InvalidNumber, At(Node(key)!), $"'{key}' must be a whole number {range}, got '{Shorten(text)}'.");
        return null;
    }

    /// <summary>A list of items, or a single item standing for a list of one.</summary>
    public IReadOnlyList<YamlNode> Items(string key)
    {
        return Node(key) switch
        {
            null => [],
            YamlSequence sequence => sequence.Items,
            YamlScalar scalar => [scalar],
            var other => ReportWrongType(other),
        };

        IReadOnlyList<YamlNode> ReportWrongType(YamlNode node)
        {
            Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"'{key}' must be a list, got {node.Kind}.");
            return [];
        }
    }

    public YamlMapping? Mapping(string key)
    {
        var node = Node(key);
        if (node is null or YamlMapping)
        {
            return (YamlMapping?)node;
        }

        Diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"'{key}' must be a mapping of names to values, got {node.Kind}.");
        return null;
    }

    public static string CollapseWhiteSpace(string text) => WhiteSpaceRun().Replace(text.Trim(), " ");

    /// <summary>Keeps a hostile megabyte-long value from flooding the error output.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= 80)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair: half an emoji is not printable.
        var cut = char.IsHighSurrogate(text[76]) ? 76 : 77;
        return string.Concat(text.AsSpan(0, cut), "...");
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\z")]
    private static partial Regex UnpaddedDatePattern();

    [GeneratedRegex("^[0-9]{1,10}\\z")]
    private static partial Regex WholeNumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();
}
