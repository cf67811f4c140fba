namespace PaperSite.Yaml;

/// <summary>
/// A small YAML tree that keeps where every node starts, so a contributor's error can point at
/// the exact line and column. Only what records need: scalars, mappings with scalar keys, sequences.
/// </summary>
internal abstract record YamlNode(int Line, int Column)
{
    /// <summary>What the node is, in words a contributor understands ("text", "a list", ...).</summary>
    public abstract string Kind { get; }
}

internal sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's way of writing "no value".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => "text";
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a list";
}

internal sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a mapping";
}

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
