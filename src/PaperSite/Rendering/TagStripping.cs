using System.Text.RegularExpressions;

namespace PaperSite.Rendering;

/// <summary>
/// An RSS <c>&lt;title&gt;</c> is plain text to some readers and HTML to others (feedparser labels it text/html),
/// and a reader without a sanitiser puts it into its page as it is. Escaping for XML cannot help there: the
/// reader unescapes it first. So, as WordPress does for its feeds, whatever reads as a tag is removed from
/// such text: after this no reader can get an element out of it, whichever way it reads the title.
/// Templates call it as <c>strip_tags</c>; the default theme does for every RSS title.
/// </summary>
internal static partial class TagStripping
{
    /// <summary>
    /// Removes every '&lt;' that starts a tag, a closing tag, a comment or a declaration, up to its '&gt;' or,
    /// when there is none, the end of the text (a reader would still open an element there). Repeated until
    /// nothing is left to remove, since "&lt;&lt;b&gt;img ...&gt;" is a tag once the inner one is gone.
    /// A '&lt;' that starts no tag ("x &lt; y") stays.
    /// </summary>
    public static string StripTags(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        while (true)
        {
            var stripped = TagLike().Replace(text, "");
            if (stripped.Length == text.Length)
            {
                return stripped;
            }

            text = stripped;
        }
    }

    [GeneratedRegex("<[A-Za-z/!?][^>]*>?")]
    private static partial Regex TagLike();
}
