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
internal sealed class MathMlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new MathMlInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new MathMlBlockRenderer());
        }
    }

    private sealed class MathMlInlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            // "$$…$$" inside a paragraph is display math, as in LaTeX.
            var display = obj.DelimiterCount > 1;
            var source = obj.Content.ToString();
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(LatexToMathMl.Render(source, display));
            }
            else
            {
                var delimiter = display ? "$$" : "$";
                renderer.Write(delimiter).Write(source).Write(delimiter);
            }
        }
    }

    private sealed class MathMlBlockRenderer : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock obj)
        {
            var source = obj.Lines.ToString();
            renderer.EnsureLine();
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine(LatexToMathMl.Render(source, display: true));
            }
            else
            {
                renderer.Write("$$").Write(source.Trim()).WriteLine("$$");
            }
        }
    }
}
