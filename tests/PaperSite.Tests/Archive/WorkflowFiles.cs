using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PaperSite.Tests.Archive;

/// <summary>
/// Reads GitHub Actions workflow files as a test needs them: the actions each uses and the papersite
/// commands its <c>run:</c> steps start, split into arguments as the shell would, with each step's
/// <c>env:</c> variables replaced by a value of the kind GitHub gives them.
/// </summary>
internal static partial class WorkflowFiles
{
    public sealed record Step(string? Uses, string? Run, IReadOnlyDictionary<string, string> Env);

    public static IReadOnlyList<Step> Steps(string file)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        var steps = new List<Step>();
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        foreach (var job in jobs.Children.Values.Cast<YamlMappingNode>())
        {
            foreach (var step in ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            {
                var env = step.Children.TryGetValue("env", out var envNode)
                    ? ((YamlMappingNode)envNode).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString(), StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                steps.Add(new Step(Scalar(step, "uses"), Scalar(step, "run"), env));
            }
        }

        return steps;
    }

    /// <summary>The arguments after the program of every papersite command the file runs (installed, from a tool path, or through <c>dotnet tool run</c>).</summary>
    public static IReadOnlyList<string[]> PapersiteCommands(string file) =>
        [.. Steps(file)
            .Where(s => s.Run is not null)
            .SelectMany(s => s.Run!.Split('\n').Select(line => (Line: line.Trim(), s.Env)))
            .Select(x => (Match: PapersiteCall().Match(x.Line), x.Env))
            .Where(x => x.Match.Success)
            .Select(x => ShellWords(x.Match.Groups["args"].Value, x.Env))];

    /// <summary>A stand-in for each GitHub expression an env variable holds, as GitHub fills it in.</summary>
    private static string Expand(string expression) => expression switch
    {
        "${{ steps.pages.outputs.base_url }}" => "https://owner.github.io/archive",
        _ => expression,
    };

    private static string[] ShellWords(string text, IReadOnlyDictionary<string, string> env)
    {
        var words = new List<string>();
        foreach (Match word in ShellWord().Matches(text))
        {
            var value = word.Groups["quoted"].Success ? word.Groups["quoted"].Value : word.Groups["bare"].Value;
            value = Variable().Replace(value, v => env.TryGetValue(v.Groups["name"].Value, out var set) ? Expand(set) : v.Value);
            words.Add(value);
        }

        return [.. words];
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? value.ToString() : null;

    [GeneratedRegex(@"^(?:dotnet tool run papersite|dotnet papersite|\S*papersite)(?:\s+(?<args>.*))?$")]
    private static partial Regex PapersiteCall();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|(?<bare>\\S+)")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"\$(?<name>[A-Z_][A-Z0-9_]*)")]
    private static partial Regex Variable();
}
