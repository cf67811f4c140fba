using System.Collections;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes, at the one place values become
/// output. Scriban has no auto-escaping of its own; here escaping is the default and only a
/// <see cref="Markup"/> of the template's own format passes through unchanged. The template's
/// literal text is written by another path and is never touched.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly Theme _theme;

    public EscapingTemplateContext(Theme theme, OutputFormat format, ScriptObject builtins)
        : base(builtins)
    {
        _theme = theme;
        Format = format;
        TemplateLoader = theme;
        StrictVariables = false;
        PushCulture(CultureInfo.InvariantCulture);
        MemberRenamer = StandardMemberRenamer.Default;

        // A theme is trusted but can still be wrong: bound what one page may cost. LoopLimit bounds one
        // nest of loops; MaxLoopStepsPerPage bounds all of a page's loops together.
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        ObjectRecursionLimit = 16;
        OutputLimit = 64 * 1024 * 1024;
    }

    /// <summary>Ten times what one loop nest may take: a page of many loops ends too, with the place it ran out.</summary>
    public const long MaxLoopStepsPerPage = 10_000_000;

    private long _loopSteps;

    /// <summary>The format values are escaped for: the template's own, except inside <see cref="HtmlIncludeFunction"/>.</summary>
    public OutputFormat Format { get; private set; }

    /// <summary>Where partials' output is kept for reuse across the build's pages; null renders every include.</summary>
    public FragmentCache? Fragments { get; init; }

    /// <summary>Runs <paramref name="render"/> with every value escaped for <paramref name="format"/>, then returns to the template's own format.</summary>
    public T RenderAs<T>(OutputFormat format, Func<T> render)
    {
        var own = Format;
        Format = format;
        try
        {
            return render();
        }
        finally
        {
            Format = own;
        }
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_loopSteps > MaxLoopStepsPerPage)
        {
            throw new ScriptRuntimeException(loop.Span, string.Create(CultureInfo.InvariantCulture, $"the page ran more than {MaxLoopStepsPerPage:N0} loop steps in all; does a loop never end?"));
        }

        return base.OnStepLoop(loop);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup when markup.Format == Format:
                Write(markup.Text);
                return this;
            default:
                Write(Encode(textAsObject));
                return this;
        }
    }

    /// <summary>
    /// Scriban reflects over a .NET type once per context; with a context per page that was a tenth of
    /// rendering. The view types are immutable records and every context renames members alike, so
    /// their accessors are shared by all contexts.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        return type.Namespace == ViewsNamespace
            ? SharedAccessors.GetOrAdd(type, _ => base.GetMemberAccessorImpl(target))
            : base.GetMemberAccessorImpl(target);
    }

    private static readonly string ViewsNamespace = typeof(Views.PaperView).Namespace!;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor?> SharedAccessors = new();

    /// <summary>
    /// Scriban writes nothing at all for a statement whose value is null. In JSON that would leave
    /// <c>"doi": ,</c>, so there a null value is written as JSON's <c>null</c>.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        return result is null && Format == OutputFormat.Json && scriptNode is ScriptExpressionStatement { CanOutput: true } ? JsonNull : result;
    }

    private static readonly Markup JsonNull = new("null", OutputFormat.Json);

    /// <summary>Partials come from the theme's parsed templates, shared by every page rather than parsed per page.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _theme.GetTemplate(templatePath) ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"the theme has no template '{templatePath}'.");

    private string Encode(object value) => Format switch
    {
        OutputFormat.Json => ToJson(value),
        _ => Escaping.Html(value is Markup markup ? markup.Text : ObjectToString(value) ?? ""),
    };

    /// <summary>In JSON every value is written as a JSON value, so a template cannot forget quotes or escapes.</summary>
    private string ToJson(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case bool flag:
                return flag ? "true" : "false";
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case double or float or decimal:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case Markup markup:
                return Escaping.JsonString(markup.Text);
            case string text:
                return Escaping.JsonString(text);
            case IDictionary or ScriptObject:
                return Escaping.JsonString(ObjectToString(value) ?? "");
            case IEnumerable items:
            {
                var builder = new StringBuilder("[");
                foreach (var item in items)
                {
                    if (builder.Length > 1)
                    {
                        builder.Append(',');
                    }

                    builder.Append(ToJson(item));
                }

                return builder.Append(']').ToString();
            }

            default:
                return Escaping.JsonString(ObjectToString(value) ?? "");
        }
    }
}
