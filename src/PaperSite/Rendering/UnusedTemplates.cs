using PaperSite.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>
/// Finds the files of a site's <c>theme/templates/</c> that no build will ever read: a name the built-in theme
/// does not have (so it replaces nothing) that no template includes. <c>hom.html</c> for <c>home.html</c> would
/// otherwise be ignored without a word while its author wonders why the home page did not change.
/// </summary>
internal static class UnusedTemplates
{
    public static void Report(IReadOnlyDictionary<string, Template> templates, IReadOnlySet<string> builtIn, IReadOnlyDictionary<string, string> fromSite, DiagnosticBag diagnostics)
    {
        // Only files of a template's kind: a README.md or an editor's .DS_Store beside them is not a template that went unused.
        var candidates = fromSite.Keys.Where(name => !builtIn.Contains(name) && IsTemplateFile(name)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var includes = new IncludeFinder();
        foreach (var template in templates.Values)
        {
            template.Page?.Accept(includes);
        }

        // An include whose name is computed could read any of them: say nothing rather than something wrong.
        if (includes.HasComputedName)
        {
            return;
        }

        foreach (var name in candidates.Order(StringComparer.Ordinal))
        {
            if (!includes.Names.Contains(name))
            {
                var guess = Nearest(name, builtIn) is { } nearest ? $"; did you mean '{nearest}'?" : " (the built-in templates are listed in the README's Themes section).";
                diagnostics.Warning(DiagnosticCodes.TemplateUnused, SourceLocation.File(fromSite[name]),
                    $"'{name}' replaces no built-in template and no template includes it, so no page uses it{guess}");
            }
        }
    }

    private static bool IsTemplateFile(string name) =>
        !Path.GetFileName(name).StartsWith('.') && Path.GetExtension(name) is ".html" or ".xml" or ".json" or ".txt";

    /// <summary>
    /// The built-in template whose name is fewest edits away (ties to the first in order), as a guess at what was
    /// meant; none when even that one differs in more than a third of its file name, since a new partial is not a slip.
    /// </summary>
    private static string? Nearest(string name, IReadOnlySet<string> builtIn)
    {
        var (nearest, distance) = builtIn.Order(StringComparer.Ordinal)
            .Select(candidate => (candidate, EditDistance(name, candidate)))
            .MinBy(pair => pair.Item2);
        var stem = Path.GetFileNameWithoutExtension(nearest ?? "");
        return nearest is not null && distance <= Math.Max(2, stem.Length / 3) ? nearest : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Collects the names given to <c>include</c> and <c>include_html</c> as string literals, called or piped to.</summary>
    private sealed class IncludeFinder : ScriptVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public bool HasComputedName { get; private set; }

        public override void Visit(ScriptFunctionCall node)
        {
            if (IsInclude(node.Target) && node.Arguments.Count > 0)
            {
                Note(node.Arguments[0]);
            }

            base.Visit(node);
        }

        /// <summary><c>{{ "partials/x.html" | include }}</c>: the name comes in from the left.</summary>
        public override void Visit(ScriptPipeCall node)
        {
            if (node.To is ScriptVariable to && IsInclude(to) || node.To is ScriptFunctionCall { Target: var target } && IsInclude(target))
            {
                Note(node.From);
            }

            base.Visit(node);
        }

        private static bool IsInclude(ScriptNode? node) => node is ScriptVariable { Name: "include" or "include_html" };

        private void Note(ScriptNode? argument)
        {
            if (argument is ScriptLiteral { Value: string name })
            {
                Names.Add(name.Replace('\\', '/'));
            }
            else
            {
                HasComputedName = true;
            }
        }
    }
}
