using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// <c>include_html "partial"</c>: renders a partial as HTML (its values escaped for HTML) and returns the
/// output as HTML <see cref="Markup"/>. A feed uses it for an item's HTML content: written into the XML or
/// JSON feed, that markup is escaped once more for the feed's format, which is exactly how RSS's
/// <c>content:encoded</c>, Atom's <c>type="html"</c> and JSON Feed's <c>content_html</c> carry HTML.
/// A plain <c>include</c> would render the partial in the feed's format and pass it through unescaped.
/// </summary>
internal sealed class HtmlIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(Markup);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Markup.Html(AsText(((EscapingTemplateContext)context).RenderAs(OutputFormat.Html, () => _include.Invoke(context, callerContext, arguments, blockStatement))));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The output is a value, not a part of the page: the partial file's final line break is not part of it.</summary>
    private static string AsText(object? output) => (output as string ?? Convert.ToString(output, CultureInfo.InvariantCulture) ?? "").TrimEnd('\n', '\r');
}
