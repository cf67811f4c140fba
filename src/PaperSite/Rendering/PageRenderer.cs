using PaperSite.Diagnostics;
using PaperSite.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Renders <see cref="PageJob"/>s with the theme. Safe to call from many threads at once: each
/// call gets its own context, while the parsed templates and the site's globals are shared.
/// An HTML page's output is wrapped in <c>layout.html</c> (given to it as <c>content</c>), the way
/// Hugo's baseof and Jekyll's layouts work.
/// </summary>
internal sealed class PageRenderer
{
    public const string LayoutTemplate = "layout.html";

    private readonly Theme _theme;
    private readonly ScriptObject _siteGlobals;

    public PageRenderer(Theme theme, SiteView site, SiteUrls urls)
    {
        _theme = theme;
        _siteGlobals = new ScriptObject { ["site"] = site };
        var url = new ScriptObject();
        url.Import("link", new Func<string, string>(urls.Link));
        url.Import("absolute", new Func<string, string>(urls.Absolute));
        _siteGlobals["url"] = url;
    }

    /// <summary>Renders one job; template problems become a diagnostic and a null result.</summary>
    public string? Render(PageJob job, DiagnosticBag diagnostics)
    {
        var template = _theme.GetTemplate(job.Template);
        if (template is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.File("theme/templates/" + job.Template),
                $"the theme has no template '{job.Template}', needed for {job.OutputPath}.");
            return null;
        }

        var context = new EscapingTemplateContext(_theme, job.Format, Builtins.Value!);
        context.PushGlobal(_siteGlobals);
        var pageGlobals = new ScriptObject { ["page"] = job.Page };
        foreach (var (name, value) in job.Variables)
        {
            pageGlobals[name] = value;
        }

        context.PushGlobal(pageGlobals);
        try
        {
            var body = template.Render(context);
            if (job.Format != OutputFormat.Html || !_theme.HasTemplate(LayoutTemplate) || pageGlobals.TryGetValue("layout", out var layout) && layout is false)
            {
                return body;
            }

            pageGlobals["content"] = Markup.Html(body);
            return _theme.GetTemplate(LayoutTemplate)!.Render(context);
        }
        catch (ScriptRuntimeException error)
        {
            var at = new SourceLocation(error.Span.FileName ?? job.Template, error.Span.Start.Line + 1, error.Span.Start.Column + 1);
            diagnostics.Error(DiagnosticCodes.TemplateError, at, $"rendering {job.OutputPath}: {error.OriginalMessage}");
            return null;
        }
    }

    /// <summary>
    /// Scriban's built-in functions with <c>include</c> swapped for one whose output counts as trusted
    /// markup, plus <c>include_html</c> for HTML inside feeds. Building them costs more than rendering a
    /// small page, so each thread keeps one set: templates assign to the page's globals, never to the
    /// builtins, and no two pages share a thread at once.
    /// </summary>
    private static readonly ThreadLocal<ScriptObject> Builtins = new(CreateBuiltins);

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new TrustedIncludeFunction(), readOnly: true);
        builtins.SetValue("include_html", new HtmlIncludeFunction(), readOnly: true);
        return builtins;
    }
}
