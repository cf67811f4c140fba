using System.Text.RegularExpressions;

namespace PaperSite.Model;

/// <summary>
/// A tag as the site shows it. Spellings that differ only in case or white space are one tag
/// (<see cref="Key"/>); <see cref="Slug"/> is its address, unique in the archive.
/// </summary>
public sealed partial record Tag(string Key, string Name, string Slug)
{
    /// <summary>What makes two spellings one tag: case and runs of white space are ignored.</summary>
    public static string KeyOf(string spelling) => WhiteSpaceRun().Replace(spelling.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();
}
