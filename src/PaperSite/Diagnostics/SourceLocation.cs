using System.Globalization;
namespace PaperSite.Diagnostics;

/// <summary>A place in a source file: a path relative to the site root and a 1-based line and column (0 for "the whole file").</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column})") : Path;
}
