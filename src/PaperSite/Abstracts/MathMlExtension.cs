using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PaperSite.Abstracts;

/// <summary>
/// Renders the formulas that Markdig's mathematics extension finds as MathML (<see cref="LatexToMathMl"/>)
/// instead of <c>\( … \)</c> for a script to typeset: pages carry no math script, and feed readers run none.
/// In plain text (summaries, meta descriptions) a formula stays its LaTeX source between dollar signs.
/// Must be added after <c>UseMathematics()</c>, whose renderers it replaces.
/// </summary>
internal sealed class MathMlExtension(MathMacros macros) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            // New renderers for every render: each collects the problems of its own document.
            var problems = new List<MathProblem>();
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new MathMlInlineRenderer(macros, problems));
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new MathMlBlockRenderer(macros, problems));
        }
    }

    /// <summary>The formulas the renderer could not convert, with the command to blame, in the order they were written.</summary>
    public static IReadOnlyList<MathProblem> ProblemsOf(HtmlRenderer renderer) =>
        renderer.ObjectRenderers.FindExact<MathMlInlineRenderer>()?.Problems ?? [];

    private static string Convert(string source, bool display, MathMacros macros, List<MathProblem> problems)
    {
        var conversion = LatexToMathMl.Convert(source, display, macros);
        if (conversion.Problem(source.Trim()) is { } problem)
        {
            problems.Add(problem);
        }

        return conversion.Markup ?? LatexToMathMl.Fallback(source, display);
    }

    private sealed class MathMlInlineRenderer(MathMacros macros, List<MathProblem> problems) : HtmlObjectRenderer<MathInline>
    {
        public List<MathProblem> Problems => problems;

        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            // "$$…$$" inside a paragraph is display math, as in LaTeX.
            var display = obj.DelimiterCount > 1;
            var source = obj.Content.ToString();
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(Convert(source, display, macros, problems));
            }
            else
            {
                var delimiter = display ? "$$" : "$";
                renderer.Write(delimiter).Write(source).Write(delimiter);
            }
        }
    }

    private sealed class MathMlBlockRenderer(MathMacros macros, List<MathProblem> problems) : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            var source = obj.Lines.ToString();
            renderer.EnsureLine();
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine(Convert(source, display: true, macros, problems));
            }
            else
            {
                renderer.Write("$$").Write(source.Trim()).WriteLine("$$");
            }
        }
    }
}
