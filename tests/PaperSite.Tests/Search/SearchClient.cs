using System.Text.Json;
using PaperSite.Testing;

namespace PaperSite.Tests.Search;

/// <summary>
/// The site's own search script (theme/assets/search.js) run under Node against a built site's files, through
/// search-node.mjs: what a browser would fetch for a query and what it would show.
/// </summary>
internal static class SearchClient
{
    private const string Node = "/usr/bin/node";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static string Runner => Path.Combine(RepositoryPaths.Root, "tests", "PaperSite.Tests", "Search", "search-node.mjs");

    public sealed record Answer(string Query, int Total, string[] Ids, string[] Files, int IndexBytes);

    /// <summary>One fresh client per query, as a reader's first search.</summary>
    public static IReadOnlyList<Answer> Query(string site, IEnumerable<string> queries, params string[] options)
    {
        var outcome = Run(["query", site, .. options, .. queries]);
        return outcome.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<Answer>(line, Json)!)
            .ToList();
    }

    public static Answer Query(string site, string query, params string[] options) => Query(site, [query], options).Single();

    /// <summary>The terms the script makes of each word.</summary>
    public static string[][] Terms(IEnumerable<string> words) =>
        JsonSerializer.Deserialize<string[][]>(Run(["terms", .. words]))!;

    private static string Run(IEnumerable<string> arguments)
    {
        ExternalTool.Require(Node, "apt-get install nodejs");
        var outcome = ExternalTool.Run(Node, [Runner, .. arguments], TimeSpan.FromMinutes(2));
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return outcome.Output;
    }
}
