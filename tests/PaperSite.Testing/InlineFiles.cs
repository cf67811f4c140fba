namespace PaperSite.Testing;

/// <summary>
/// Parses the inline-files format of <see cref="TestSite"/>: each file starts with a line
/// <c>-- relative/path --</c> and runs to the next such line. Trailing new lines are kept as one.
/// </summary>
public static class InlineFiles
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var content = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                Flush();
                current = trimmed[3..^3].Trim();
                continue;
            }

            if (current is null && trimmed.Length > 0)
            {
                throw new FormatException($"text before the first '-- path --' line: '{line}'.");
            }

            content.Add(line);
        }

        Flush();
        return files;

        void Flush()
        {
            if (current is not null)
            {
                files[current] = string.Join("\n", content).TrimEnd('\n') + "\n";
            }

            content.Clear();
        }
    }
}
