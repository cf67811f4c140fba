using System.Text;
using System.Text.Json;
using PaperSite.Diagnostics;

namespace PaperSite.Cli.Serving;

/// <summary>A failed build's problems as the overlay reads them: one JSON object per diagnostic, on one line.</summary>
internal static class ProblemsJson
{
    public static string Write(IReadOnlyList<Diagnostic> problems)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var problem in problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", problem.IsError ? "error" : "warning");
                json.WriteString("code", problem.Code);
                json.WriteString("file", problem.Path);
                json.WriteNumber("line", problem.Line);
                json.WriteNumber("column", problem.Column);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
