using System.Globalization;
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

    /// <summary>
    /// A page normally renders in milliseconds. The loop limits end a template that loops without end;
    /// this ends one that is slow some other way, so a build never hangs.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(30);

    private readonly Theme _theme;
    private readonly ScriptObject _siteGlobals;
    private readonly TimeSpan _timeLimit;
    private readonly UndefinedVariables? _undefined;
    private readonly FragmentCache _fragments;

    /// <summary>How many includes were answered with a partial's output already rendered for another page.</summary>
    public int FragmentsReused => _fragments.Reused;

    /// <param name="undefined">Where to note each variable a template reads that does not exist; null to not look.</param>
    public PageRenderer(Theme theme, SiteView site, SiteUrls urls, TimeSpan? timeLimit = null, UndefinedVariables? undefined = null)
    {
        _theme = theme;
        _timeLimit = timeLimit ?? DefaultTimeLimit;
        _undefined = undefined;
        _fragments = new FragmentCache(theme, Builtins.Value!);
        _siteGlobals = new ScriptObject { ["site"] = site };
        var url = new ScriptObject();
        url.Import("link", new Func<string, string>(urls.Link));
        url.Import("absolute", new Func<string, string>(urls.Absolute));
        _siteGlobals["url"] = url;
    }

    /// <summary>
    /// Renders one job; template problems become a diagnostic and a null result. When
    /// <paramref name="stopping"/> is cancelled (another page failed) the render ends early, quietly.
    /// </summary>
    public string? Render(PageJob job, DiagnosticBag diagnostics, CancellationToken stopping = default)
    {
        var template = _theme.GetTemplate(job.Template);
        if (template is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.File("theme/templates/" + job.Template),
                $"the theme has no template '{job.Template}', needed for {job.OutputPath}.");
            return null;
        }

        var context = new EscapingTemplateContext(_theme, job.Format, Builtins.Value!) { Fragments = _fragments };
        _undefined?.Watch(context);
        context.PushGlobal(_siteGlobals);
        var pageGlobals = new ScriptObject { ["page"] = job.Page };
        TemplateModel.Expose(job.Model, pageGlobals);

        context.PushGlobal(pageGlobals);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        deadline.CancelAfter(_timeLimit);
        context.CancellationToken = deadline.Token;
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
        catch (ScriptAbortException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (ScriptAbortException error)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, At(error, job),
                string.Create(CultureInfo.InvariantCulture, $"rendering {job.OutputPath} took longer than {_timeLimit.TotalSeconds:0.###} s and was stopped here; does a template loop without end?"));
            return null;
        }
        catch (ScriptRuntimeException error)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, At(error, job), $"rendering {job.OutputPath}: {error.OriginalMessage}");
            return null;
        }
    }

    private static SourceLocation At(ScriptRuntimeException error, PageJob job) =>
        new(error.Span.FileName ?? job.Template, error.Span.Start.Line + 1, error.Span.Start.Column + 1);

    /// <summary>
    /// Scriban's built-in functions with <c>include</c> swapped for one whose output counts as trusted
    /// markup, plus <c>include_html</c> for HTML inside feeds and <c>strip_tags</c> for RSS titles. Building them costs more than rendering a
    /// small page, so each thread keeps one set: templates assign to the page's globals, never to the
    /// builtins, and no two pages share a thread at once.
    /// </summary>
    private static readonly ThreadLocal<ScriptObject> Builtins = new(CreateBuiltins);

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new TrustedIncludeFunction(), readOnly: true);
        builtins.SetValue("include_html", new HtmlIncludeFunction(), readOnly: true);
        builtins.Import("strip_tags", new Func<string?, string>(TagStripping.StripTags));
        return builtins;
    }
}
