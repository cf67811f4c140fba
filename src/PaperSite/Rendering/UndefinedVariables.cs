using System.Collections.Concurrent;
using PaperSite.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Notes each place a template reads a variable or a member that does not exist. Scriban renders those as
/// nothing, so <c>{{ site.titel }}</c> would leave an empty heading on every page without a word; here it becomes
/// a warning naming the template, line and name (and fails a <c>--strict</c> build). Rendering goes on as Scriban
/// would, so one slip reports every place rather than stopping at the first. A read with a default
/// (<c>card_level ?? 2</c>, <c>title | object.default "Papers"</c>) says the value may be missing and is not noted.
/// </summary>
internal sealed class UndefinedVariables
{
    private readonly ConcurrentDictionary<(string File, int Line, int Column), string> _found = new();
    private readonly HashSet<(string File, int Line, int Column)> _defaulted = [];

    public UndefinedVariables(Theme theme)
    {
        var finder = new DefaultedReads(_defaulted);
        foreach (var template in theme.Templates)
        {
            template.Page?.Accept(finder);
        }
    }

    public void Watch(TemplateContext context)
    {
        context.TryGetVariable = (TemplateContext _, SourceSpan span, ScriptVariable variable, out object? value) =>
        {
            Note(span, variable.Name);
            value = null;
            return false;
        };
        context.TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
        {
            Note(span, member);
            value = null;
            return false;
        };
    }

    private void Note(SourceSpan span, string name)
    {
        var place = Place(span);
        if (!_defaulted.Contains(place))
        {
            _found.TryAdd(place, name);
        }
    }

    private static (string File, int Line, int Column) Place(SourceSpan span) => (span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var ((file, line, column), name) in _found.OrderBy(f => f.Key))
        {
            diagnostics.Warning(DiagnosticCodes.TemplateUndefinedVariable, new SourceLocation(file, line, column),
                $"'{name}' is not defined here, so it renders as nothing; is it misspelt? (the README's Themes section lists what each template can use)");
        }
    }

    /// <summary>Every place inside the left side of a <c>??</c> or of a pipe to <c>object.default</c>, where reading something missing is meant.</summary>
    private sealed class DefaultedReads(HashSet<(string File, int Line, int Column)> places) : ScriptVisitor
    {
        public override void Visit(ScriptBinaryExpression node)
        {
            if (node.Operator == ScriptBinaryOperator.EmptyCoalescing)
            {
                new AllPlaces(places).Visit(node.Left);
            }

            base.Visit(node);
        }

        public override void Visit(ScriptPipeCall node)
        {
            var to = node.To is ScriptFunctionCall call ? call.Target : node.To;
            if (to is ScriptMemberExpression { Target: ScriptVariable { Name: "object" }, Member.Name: "default" })
            {
                new AllPlaces(places).Visit(node.From);
            }

            base.Visit(node);
        }
    }

    private sealed class AllPlaces(HashSet<(string File, int Line, int Column)> places) : ScriptVisitor
    {
        protected override void DefaultVisit(ScriptNode? node)
        {
            if (node is not null)
            {
                places.Add(Place(node.Span));
            }

            base.DefaultVisit(node);
        }
    }
}
