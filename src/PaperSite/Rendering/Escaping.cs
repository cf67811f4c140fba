using System.Text;
using System.Text.Json;

namespace PaperSite.Rendering;

/// <summary>Escapes untrusted text for each <see cref="OutputFormat"/>.</summary>
public static class Escaping
{
    /// <summary>
    /// Escapes the five characters that matter in HTML text and attribute values, and drops the
    /// characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF), so the same text is
    /// safe in HTML and well-formed in XML.
    /// </summary>
    public static string Html(string text)
    {
        var index = IndexOfSpecial(text);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsAllowedInXml(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>XML text and attribute values need exactly what HTML needs.</summary>
    public static string Xml(string text) => Html(text);

    /// <summary>A JSON string literal, quotes included.</summary>
    public static string JsonString(string text) => JsonSerializer.Serialize(RemoveForbidden(text), JsonOptions.Value);

    private static readonly Lazy<JsonSerializerOptions> JsonOptions = new(() => new JsonSerializerOptions
    {
        // Escapes <, >, & and non-ASCII too: the safe choice should JSON ever be embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    });

    /// <summary>The text without the characters XML 1.0 forbids (controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF), nothing escaped.</summary>
    internal static string RemoveForbidden(string text)
    {
        var index = IndexOfSpecial(text);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowedInXml(c) || c is '&' or '<' or '>' or '"' or '\'')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfSpecial(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'' || c < ' ' || char.IsSurrogate(c) || c >= '\uFFFE')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowedInXml(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c < '\uFFFE');
}
