using Markdig;
using Markdig.Renderers;

namespace PaperSite.Markdown;

/// <summary>
/// Renders an abstract's Markdown to HTML that is safe to show: raw HTML comes out as text,
/// and any link that is not an absolute http(s) URL (javascript:, data:, relative, ...) becomes
/// its plain text (<see cref="SafeLinkRenderers"/>). Images become their alt text, so an abstract
/// cannot pull in outside content.
/// </summary>
internal static class AbstractRenderer
{
    // Built once: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .DisableHeadings()
        .UseAutoLinks()
        .UseMathematics()
        .UseEmphasisExtras()
        .Build();

    public static string ToHtml(string markdown)
    {
        // Markdig copies control characters into its HTML; nothing else written would, and XML refuses them.
        var document = Markdig.Markdown.Parse(Rendering.Escaping.RemoveForbidden(markdown), Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        SafeLinkRenderers.Install(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Why Markdig cannot show the abstract, or null when it can. Markdig refuses input nested past its
    /// depth limit (some 128 '>' or '[' in a row, or emphasis inside emphasis) with an exception, while
    /// parsing or while rendering; trying both while records are loaded turns that into a diagnostic on
    /// the record instead of a failed build.
    /// </summary>
    public static string? FindProblem(string markdown)
    {
        try
        {
            ToHtml(markdown);
            ToPlainText(markdown);
            return null;
        }
        catch (ArgumentException)
        {
            return "the Markdown is nested too deeply (quotes, lists, brackets or emphasis inside each other more than about 128 levels)";
        }
    }

    /// <summary>The abstract as plain text on one line, for meta descriptions and summaries.</summary>
    public static string ToPlainText(string markdown)
    {
        var text = Markdig.Markdown.ToPlainText(Rendering.Escaping.RemoveForbidden(markdown), Pipeline);
        return Loading.MappingFields.CollapseWhiteSpace(text);
    }

    public static bool IsSafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers drop tabs and line breaks inside a URL, so "java\tscript:" must not pass as relative or web.
        return (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && Loading.Identifiers.IsWebUrl(url);
    }
}
