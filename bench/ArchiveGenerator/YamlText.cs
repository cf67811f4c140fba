using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>YAML scalars as both sites read them: free text double-quoted, so a colon or '#' in a title cannot change its meaning.</summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A literal block (<c>|</c>) holding Markdown as it is, indented under its key.</summary>
    public static void AppendBlock(StringBuilder yaml, string key, string text)
    {
        yaml.Append(key).Append(": |\n");
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                yaml.Append("  ").Append(line);
            }

            yaml.Append('\n');
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
