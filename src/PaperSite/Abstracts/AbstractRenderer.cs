using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PaperSite.Abstracts;

/// <summary>
/// Renders an abstract's Markdown to HTML that is safe to show: raw HTML comes out as text,
/// and any link that is not an absolute http(s) URL (javascript:, data:, relative, ...) becomes
/// its plain text (<see cref="SafeLinkRenderers"/>, which judges each link as it is written, however
/// the Markdown nests it). Images become their alt text, so an abstract cannot pull in outside content.
/// Formulas become MathML (<see cref="MathMlExtension"/>), so they read as mathematics without any script.
/// </summary>
internal static class AbstractRenderer
{
    /// <summary>An abstract rendered both ways from one parse (parsing is most of the cost), and the formulas it could not convert.</summary>
    public sealed record RenderedAbstract(string Html, string PlainText, IReadOnlyList<MathProblem> MathProblems);

    /// <summary>One pipeline and one cache per set of site macros: the same abstract reads differently under other macros.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MathMacros, MacroRenderer> Renderers = new();

    public static RenderedAbstract Render(string markdown, MathMacros? macros = null) =>
        Renderers.GetValue(macros ?? MathMacros.None, static m => new MacroRenderer(m)).Render(markdown);

    public static string ToHtml(string markdown, MathMacros? macros = null) => Render(markdown, macros).Html;

    /// <summary>
    /// Why Markdig cannot show the abstract, or null when it can. Markdig refuses input nested past its
    /// depth limit (some 128 '>' or '[' in a row, or emphasis inside emphasis) with an exception, while
    /// parsing or while rendering; trying both while records are loaded turns that into a diagnostic on
    /// the record instead of a failed build.
    /// </summary>
    public static string? FindProblem(string markdown, MathMacros? macros = null)
    {
        try
        {
            Render(markdown, macros);
            return null;
        }
        catch (ArgumentException)
        {
            return "the Markdown is nested too deeply (quotes, lists, brackets or emphasis inside each other more than about 128 levels)";
        }
    }

    /// <summary>The abstract as plain text on one line, for meta descriptions and summaries.</summary>
    public static string ToPlainText(string markdown, MathMacros? macros = null) => Render(markdown, macros).PlainText;

    private sealed class MacroRenderer(MathMacros macros)
    {
        // Built once per macro set: a Markdig pipeline is immutable and thread-safe.
        private readonly MarkdownPipeline _pipeline = BuildPipeline(macros);

        /// <summary>Keyed by the abstract's string itself, so an entry lives exactly as long as its record.</summary>
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, RenderedAbstract> _cache = new();

        public RenderedAbstract Render(string markdown)
        {
            // A check at load time and the page views both ask for the same abstract: parse it once.
            return _cache.GetValue(markdown, text =>
            {
                // Markdig copies control characters into its HTML; nothing else written would, and XML refuses them.
                var document = Markdown.Parse(Rendering.Escaping.RemoveForbidden(text), _pipeline);
                var (html, problems) = RenderWith(document, plainText: false);
                var plain = Loading.MappingFields.CollapseWhiteSpace(RenderWith(document, plainText: true).Text);
                return new RenderedAbstract(html.TrimEnd('\n'), plain, problems);
            });
        }

        private static MarkdownPipeline BuildPipeline(MathMacros macros)
        {
            var builder = new MarkdownPipelineBuilder()
                .DisableHtml()
                .DisableHeadings()
                .UseAutoLinks()
                .UseMathematics();
            builder.Extensions.Add(new MathMlExtension(macros));
            return builder.UseEmphasisExtras().Build();
        }

        /// <summary>Plain text is the HTML renderer with markup switched off, as Markdig's own ToPlainText does.</summary>
        private (string Text, IReadOnlyList<MathProblem> Problems) RenderWith(MarkdownDocument document, bool plainText)
        {
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            if (plainText)
            {
                renderer.EnableHtmlForBlock = false;
                renderer.EnableHtmlForInline = false;
                renderer.EnableHtmlEscape = false;
            }

            _pipeline.Setup(renderer);
            SafeLinkRenderers.Install(renderer);
            renderer.Render(document);
            writer.Flush();
            return (writer.ToString(), MathMlExtension.ProblemsOf(renderer));
        }
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
