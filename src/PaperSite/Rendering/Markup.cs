namespace PaperSite.Rendering;

/// <summary>
/// Text the engine itself produced and vouches for in one output format, such as an abstract
/// rendered by Markdig or a theme partial's output. Only in that format is it written unescaped;
/// anywhere else (HTML inside an RSS feed, say) it is escaped like any other text.
/// Like Razor's IHtmlContent: trust is a type, not a flag a template can forget.
/// </summary>
public sealed record Markup(string Text, OutputFormat Format)
{
    public static Markup Html(string text) => new(text, OutputFormat.Html);

    public override string ToString() => Text;
}
