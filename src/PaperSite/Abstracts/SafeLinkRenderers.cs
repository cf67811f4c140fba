using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace PaperSite.Abstracts;

/// <summary>
/// Judges every link of an abstract at the moment it is written, so no link can reach the page
/// without being checked, however the Markdown nests it: an absolute http(s) link is written as a
/// link, anything else (javascript:, data:, vbscript:, relative, e-mail, images) as its text only.
/// </summary>
internal static class SafeLinkRenderers
{
    public static void Install(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
    }

    private sealed class SafeLinkInlineRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            // An image would pull content from anywhere into the page; its description is kept instead.
            if (!link.IsImage && AbstractRenderer.IsSafeLink(link.GetDynamicUrl?.Invoke() ?? link.Url))
            {
                base.Write(renderer, link);
            }
            else if (link.FirstChild is not null)
            {
                renderer.WriteChildren(link);
            }
            else if (!link.IsImage)
            {
                renderer.WriteEscape(link.Url ?? "");
            }
        }
    }

    private sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (!link.IsEmail && AbstractRenderer.IsSafeLink(link.Url))
            {
                base.Write(renderer, link);
            }
            else
            {
                renderer.WriteEscape(link.Url);
            }
        }
    }
}
