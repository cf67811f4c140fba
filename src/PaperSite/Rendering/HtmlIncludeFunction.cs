namespace PaperSite.Rendering;

/// <summary>
/// <c>include_html "partial"</c>: renders a partial as HTML (its values escaped for HTML) and returns the
/// output as HTML <see cref="Markup"/>. A feed uses it for an item's HTML content: written into the XML or
/// JSON feed, that markup is escaped once more for the feed's format, which is exactly how RSS's
/// <c>content:encoded</c>, Atom's <c>type="html"</c> and JSON Feed's <c>content_html</c> carry HTML.
/// A plain <c>include</c> would render the partial in the feed's format and pass it through unescaped.
/// </summary>
internal sealed class HtmlIncludeFunction : MarkupIncludeFunction
{
    // The output is a value, not a part of the page: the partial file's final line break is not part of it.
    protected override Markup Include(EscapingTemplateContext context, Func<object?> render) =>
        Markup.Html(AsText(context.RenderAs(OutputFormat.Html, render)).TrimEnd('\n', '\r'));
}
