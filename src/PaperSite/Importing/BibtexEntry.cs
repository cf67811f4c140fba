namespace PaperSite.Importing;

/// <summary>One field of a BibTeX entry: its name in lowercase and its value as written (LaTeX, braces kept), where the value starts.</summary>
internal sealed record BibtexField(string Name, string Value, int Line, int Column);

/// <summary>One <c>@type{key, field = value, ...}</c> entry as the file gives it; <see cref="Type"/> is lowercase.</summary>
internal sealed record BibtexEntry(string Type, string Key, int Line, int Column, IReadOnlyList<BibtexField> Fields)
{
    /// <summary>How messages name the entry: <c>@article{vaswani2017}</c>, or <c>@article{} (line 12)</c> for one without a key.</summary>
    public string Label => Key.Length > 0 ? $"@{Type}{{{Key}}}" : $"@{Type}{{}} (line {Line})";

    public BibtexField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public string? Value(string name) => Field(name)?.Value;
}
