using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using PaperSite.Text;

namespace PaperSite.Rendering;

/// <summary>
/// Renders each fragment once. A partial's output depends only on the variables it reads, so a partial included again
/// with the same values gives the same text: a paper's row, shown in its week, its month, each of its tags and its
/// authors' listings, is rendered the first time and reused after. What may be reused is found from the partial's syntax tree (<see cref="Inputs"/>),
/// conservatively: a partial that loops, includes by a computed name, changes an object, reads the clock or chance,
/// uses <c>$</c> variables or <c>date</c>, or reads the page it is on is rendered every time, as Scriban would.
/// The variables a partial sets are set again, to the values they had, when its text is reused.
/// </summary>
internal sealed class FragmentCache(Theme theme, Scriban.Runtime.ScriptObject builtins)
{
    /// <summary>Variables that belong to one page: a partial reading them is never the same on two pages.</summary>
    private static readonly HashSet<string> PageVariables = ["page", "content", "layout"];

    /// <summary>
    /// Scriban's builtins whose result is not a function of their arguments: the clock, chance, a cycle kept in the
    /// context, templates evaluated by name. <c>date</c> as a whole, since its format is a setting a template can change.
    /// </summary>
    private static readonly HashSet<string> StatefulBuiltins = ["date"];

    private static readonly HashSet<string> StatefulMembers = ["math.random", "math.uuid", "array.cycle", "object.eval", "object.eval_template"];

    private readonly ConcurrentDictionary<string, Inputs?> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Key, Fragment> _fragments = new();

    /// <summary>How many includes were answered from the cache, for tests and the verbose report.</summary>
    public int Reused => _reused;

    private int _reused;

    /// <summary>The partial <paramref name="name"/>'s output (included as <paramref name="kind"/>) for the variables as they are now: reused, or made by <paramref name="render"/> and kept.</summary>
    public Markup Include(EscapingTemplateContext context, string kind, string name, Func<Markup> render)
    {
        var inputs = _inputs.GetOrAdd(name, Analyse);
        if (inputs is null || !TryKey(context, kind, inputs, out var key))
        {
            return render();
        }

        if (_fragments.TryGetValue(key, out var fragment))
        {
            Interlocked.Increment(ref _reused);
            foreach (var (variable, value) in inputs.Writes.Zip(fragment.Written))
            {
                context.SetValue(variable, value);
            }

            return new Markup(fragment.Text.ToString(), fragment.Format);
        }

        var output = render();
        // What it set is kept only when it is a value that stays the same: an array or object it made would be shared
        // by every page that reuses it, and the pages render in parallel.
        var written = ReadQuietly(context, inputs.Writes);
        if (written.All(IsFixed))
        {
            _fragments.TryAdd(key, new Fragment(new CompactText(output.Text), output.Format, written));
        }

        return output;
    }

    /// <summary>The values the partial reads, in a fixed order; false when one of them is not a value that stays the same (a template's own array or object), or a builtin it reads is hidden by a template's variable.</summary>
    private static bool TryKey(EscapingTemplateContext context, string name, Inputs inputs, out Key key)
    {
        key = default;
        var own = context.BuiltinObject as Scriban.Runtime.ScriptObject;
        var builtins = ReadQuietly(context, inputs.Builtins);
        for (var i = 0; i < builtins.Length; i++)
        {
            if (own is null || !own.TryGetValue(null, default, inputs.Builtins[i].Name, out var builtin) || !ReferenceEquals(builtins[i], builtin))
            {
                return false;
            }
        }

        var values = ReadQuietly(context, inputs.Reads);
        if (!values.All(IsFixed))
        {
            return false;
        }

        key = new Key(name, context.Format, values);
        return true;
    }

    /// <summary>The variables' values now; one that is not set is null, not a read for the undefined-variable watcher to report.</summary>
    private static object?[] ReadQuietly(EscapingTemplateContext context, ScriptVariableGlobal[] variables)
    {
        var watch = context.TryGetVariable;
        context.TryGetVariable = null;
        try
        {
            return [.. variables.Select(context.GetValue)];
        }
        finally
        {
            context.TryGetVariable = watch;
        }
    }

    /// <summary>
    /// Values that cannot change during a build: text, numbers, and the immutable views the engine makes (compared by
    /// identity). Not arrays, even of views: a template can set an array's items in place.
    /// </summary>
    private static bool IsFixed(object? value) => value switch
    {
        null => true,
        _ when IsValue(value) => true,
        Array => false,
        _ => value.GetType().Namespace is "PaperSite.Views",
    };

    /// <summary>What is compared by value (text, numbers, markup); everything else that is fixed is compared by identity.</summary>
    private static bool IsValue(object value) => value is string or bool or int or long or double or decimal or float or Markup;

    private Inputs? Analyse(string name)
    {
        var finder = new ReadsAndWrites(theme, builtins);
        return finder.Visit(name) ? finder.Result() : null;
    }

    /// <summary>The global variables a partial (with what it includes) reads before setting them, and those it sets.</summary>
    /// <param name="Builtins">The builtins it reads (html, string...): a template may have set a variable of the same name.</param>
    private sealed record Inputs(ScriptVariableGlobal[] Reads, ScriptVariableGlobal[] Writes, ScriptVariableGlobal[] Builtins);

    private sealed record Fragment(CompactText Text, OutputFormat Format, object?[] Written);

    private readonly record struct Key(string Name, OutputFormat Format, object?[] Values)
    {
        public bool Equals(Key other) =>
            Name == other.Name && Format == other.Format && Values.AsSpan().SequenceEqual(other.Values, Same.Instance);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Name);
            hash.Add(Format);
            foreach (var value in Values)
            {
                hash.Add(value, Same.Instance);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Text and numbers by value; views by identity, which is cheap and exact (each is made once).</summary>
    private sealed class Same : IEqualityComparer<object?>
    {
        public static readonly Same Instance = new();

        public new bool Equals(object? x, object? y) => x is not null && IsValue(x) ? x.Equals(y) : ReferenceEquals(x, y);

        public int GetHashCode(object? value) => value is null ? 0 : IsValue(value) ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value);
    }

    /// <summary>Walks a partial and the partials it includes by name, in document order.</summary>
    private sealed class ReadsAndWrites(Theme theme, Scriban.Runtime.ScriptObject builtins) : ScriptVisitor
    {
        private readonly List<string> _reads = [];
        private readonly List<string> _writes = [];
        private readonly List<string> _builtinReads = [];
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
        private bool _cacheable = true;

        public bool Visit(string name)
        {
            if (!_visiting.Add(name) || theme.GetTemplate(name)?.Page is not { } page)
            {
                return false;
            }

            Visit(page);
            _visiting.Remove(name);
            return _cacheable;
        }

        public Inputs Result() => new(
            [.. _reads.Distinct(StringComparer.Ordinal).Select(name => new ScriptVariableGlobal(name))],
            [.. _writes.Distinct(StringComparer.Ordinal).Select(name => new ScriptVariableGlobal(name))],
            [.. _builtinReads.Distinct(StringComparer.Ordinal).Select(name => new ScriptVariableGlobal(name))]);

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name is "for" or "while" or "tablerow" or "include" or "include_html" || StatefulBuiltins.Contains(node.Name))
            {
                // The state of a loop around the include; an include other than a call by a literal name (piped, or
                // given arguments, reached by the call handled below); a builtin whose result is not a function of its arguments.
                _cacheable = false;
            }
            else if (builtins.ContainsKey(node.Name))
            {
                // Builtins never change, unless a template sets a variable of the same name: checked when the key is made.
                _builtinReads.Add(node.Name);
            }
            else if (!_writes.Contains(node.Name))
            {
                // A variable set before it is read (row_authors = ... at the top of a row) is not an input.
                _cacheable &= !PageVariables.Contains(node.Name);
                _reads.Add(node.Name);
            }
        }

        public override void Visit(ScriptAssignExpression node)
        {
            Visit(node.Value);
            if (node.Target is ScriptVariableGlobal target && node.EqualToken.TokenType == TokenType.Equal && !builtins.ContainsKey(target.Name))
            {
                _writes.Add(target.Name);
            }
            else
            {
                _cacheable = false;
            }
        }

        public override void Visit(ScriptMemberExpression node)
        {
            // paper.url reads paper, not a variable named url: only the target is an expression.
            if (node.Target is ScriptVariableGlobal { Name: var name } && StatefulMembers.Contains(name + "." + node.Member?.Name))
            {
                _cacheable = false;
            }

            Visit(node.Target);
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "include" or "include_html" } && node.Arguments.Count == 1 && node.Arguments[0] is ScriptLiteral { Value: string included })
            {
                _cacheable &= Visit(included);
                return;
            }

            base.Visit(node);
        }

        // &&, || and ?? may not evaluate their right side, so what it sets may not be set.
        public override void Visit(ScriptBinaryExpression node)
        {
            if (node.Operator is ScriptBinaryOperator.And or ScriptBinaryOperator.Or or ScriptBinaryOperator.EmptyCoalescing)
            {
                Visit(node.Left);
                Conditional(() => Visit(node.Right));
                return;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptConditionalExpression node) => Conditional(() => base.Visit(node));

        // A variable set inside a branch may or may not be set: it stays an input. Only a top-level set comes first.
        public override void Visit(ScriptIfStatement node) => Conditional(() => base.Visit(node));

        public override void Visit(ScriptCaseStatement node) => Conditional(() => base.Visit(node));

        public override void Visit(ScriptForStatement node) => _cacheable = false;

        public override void Visit(ScriptWhileStatement node) => _cacheable = false;

        public override void Visit(ScriptTableRowStatement node) => _cacheable = false;

        public override void Visit(ScriptVariableLocal node) => _cacheable = false;

        public override void Visit(ScriptIncrementDecrementExpression node) => _cacheable = false;

        public override void Visit(ScriptImportStatement node) => _cacheable = false;

        public override void Visit(ScriptWithStatement node) => _cacheable = false;

        public override void Visit(ScriptWrapStatement node) => _cacheable = false;

        public override void Visit(ScriptReadOnlyStatement node) => _cacheable = false;

        public override void Visit(ScriptAnonymousFunction node) => _cacheable = false;

        protected override void DefaultVisit(ScriptNode? node)
        {
            // $x, and for.index and its kin: a function's arguments, the state of a loop around the include.
            _cacheable &= node is not ScriptVariable || node is ScriptVariableGlobal { Name: not ("for" or "while" or "tablerow") };
            base.DefaultVisit(node);
        }

        public override void Visit(ScriptThisExpression node) => _cacheable = false;

        public override void Visit(ScriptCaptureStatement node) => _cacheable = false;

        public override void Visit(ScriptFunction node) => _cacheable = false;

        private void Conditional(Action visit)
        {
            var before = _writes.Count;
            visit();
            // What a branch sets is also read, so its value before the include is part of the key.
            foreach (var name in _writes.Skip(before).ToList())
            {
                _reads.Add(name);
            }
        }
    }
}
