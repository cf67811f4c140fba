using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PaperSite.Abstracts;

/// <summary>
/// Renders an abstract's Markdown to HTML that is safe to show: raw HTML comes out as text,
/// and any link that is not an absolute http(s) URL (javascript:, data:, relative, ...) becomes
/// its plain text (<see cref="SafeLinkRenderers"/>, which judges each link as it is written, however
/// the Markdown nests it). Images become their alt text, so an abstract cannot pull in outside content.
/// Formulas become MathML (<see cref="MathMlExtension"/>), with the site's own macros, so they read as
/// mathematics without any script.
/// </summary>
internal static class AbstractRenderer
{
    /// <summary>One pipeline per set of site macros: a Markdig pipeline is immutable and thread-safe, so each is built once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MathMacros, MarkdownPipeline> Pipelines = new();

    /// <summary>An abstract rendered both ways from one parse (parsing is most of the cost), with the formulas it could not convert.</summary>
    public sealed record RenderedAbstract(string Html, string PlainText, IReadOnlyList<MathProblem> MathProblems);

    public static RenderedAbstract Render(string markdown, MathMacros? macros = null)
    {
        var pipeline = Pipelines.GetValue(macros ?? MathMacros.None, BuildPipeline);

        // Markdig copies control characters into its HTML; nothing else written would, and XML refuses them.
        var document = Markdown.Parse(Rendering.Escaping.RemoveForbidden(markdown), pipeline);
        var (html, problems) = RenderWith(pipeline, document, plainText: false);
        var plain = Loading.MappingFields.CollapseWhiteSpace(RenderWith(pipeline, document, plainText: true).Text);
        return new RenderedAbstract(html.TrimEnd('\n'), plain, problems);
    }

    public static string ToHtml(string markdown, MathMacros? macros = null) => Render(markdown, macros).Html;

    /// <summary>
    /// Renders the abstract, or says why Markdig cannot show it. Markdig refuses input nested past its
    /// depth limit (some 128 '>' or '[' in a row, or emphasis inside emphasis) with an exception, while
    /// parsing or while rendering; rendering while records are loaded turns that into a diagnostic on
    /// the record instead of a failed build, and the result travels on the record to the pages.
    /// </summary>
    public static RenderedAbstract? TryRender(string markdown, out string? problem, MathMacros? macros = null)
    {
        try
        {
            problem = null;
            return Render(markdown, macros);
        }
        catch (ArgumentException error) when (IsDepthLimit(error))
        {
            problem = "the Markdown is nested too deeply (quotes, lists, brackets or emphasis inside each other more than about 128 levels)";
            return null;
        }
    }

    /// <summary>
    /// Whether Markdig refused the input for nesting past its depth limit. Markdig says so only with an
    /// <see cref="ArgumentException"/> and this message, thrown from its own code; any other exception is a bug
    /// (ours or Markdig's) and must reach the "internal error" report rather than pass for bad input.
    /// </summary>
    internal static bool IsDepthLimit(ArgumentException error) =>
        error.Message.Contains("too deeply nested - depth limit exceeded", StringComparison.Ordinal) &&
        error.TargetSite?.DeclaringType?.Assembly == typeof(Markdown).Assembly;

    /// <summary>Whether Markdig can show the abstract at all; see <see cref="TryRender"/>.</summary>
    public static string? FindProblem(string markdown)
    {
        TryRender(markdown, out var problem);
        return problem;
    }

    /// <summary>The abstract as plain text on one line, for meta descriptions and summaries.</summary>
    public static string ToPlainText(string markdown, MathMacros? macros = null) => Render(markdown, macros).PlainText;

    private static MarkdownPipeline BuildPipeline(MathMacros macros)
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .DisableHeadings()
            .UseAutoLinks()
            .UseMathematics();
        builder.Extensions.Add(new MathMlExtension(macros));
        // CommonMark plus math and nothing more: no emphasis extras, since abstracts write '^', '~', '+' and '=' as text ("x^2 and y^2").
        return builder.Build();
    }

    /// <summary>Plain text is the HTML renderer with markup switched off, as Markdig's own ToPlainText does.</summary>
    private static (string Text, IReadOnlyList<MathProblem> Problems) RenderWith(MarkdownPipeline pipeline, MarkdownDocument document, bool plainText)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (plainText)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }

        pipeline.Setup(renderer);
        SafeLinkRenderers.Install(renderer);
        renderer.Render(document);
        writer.Flush();
        return (writer.ToString(), MathMlExtension.ProblemsOf(renderer));
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
