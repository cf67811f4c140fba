using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Scriban's <c>include</c>, with its output returned as <see cref="Markup"/> rather than a string:
/// the partial already escaped its own values, so the including template must not escape them again.
/// Subclasses decide the format the partial renders in and the markup is trusted for.
/// </summary>
internal abstract class MarkupIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(Markup);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var escaping = (EscapingTemplateContext)context;
        Markup Render() => Include(escaping, () => _include.Invoke(context, callerContext, arguments, blockStatement));
        // The kind of include is part of the name: include and include_html of one partial give different markup.
        return escaping.Fragments is { } fragments && arguments.Count == 1 && arguments[0] is string name
            ? fragments.Include(escaping, GetType().Name + ":" + name, name, Render)
            : Render();
    }

    // Templates render synchronously here; the async path only exists to satisfy the interface.
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Runs the partial (<paramref name="render"/>) and wraps what it wrote.</summary>
    protected abstract Markup Include(EscapingTemplateContext context, Func<object?> render);

    protected static string AsText(object? output) => output as string ?? Convert.ToString(output, CultureInfo.InvariantCulture) ?? "";
}

/// <summary><c>include "partial"</c>: the partial renders in the including template's format and is trusted in it.</summary>
internal sealed class TrustedIncludeFunction : MarkupIncludeFunction
{
    protected override Markup Include(EscapingTemplateContext context, Func<object?> render) => new(AsText(render()), context.Format);
}
