using PaperSite.Authoring;
using PaperSite.Model;

namespace PaperSite.Views;

/// <summary>
/// Links into the archive's repository on GitHub, when site.yaml names it (<c>repo_url</c>): a record's
/// edit view, and the new-file form with a record template filled in. The site root is taken to be the
/// repository's root, so a record's path below the root is its path in the repository.
/// </summary>
internal sealed class RepositoryLinks
{
    /// <summary>Where "Add a paper" proposes the new file; GitHub's form lets the contributor rename it.</summary>
    public const string NewRecordPath = "input/papers/new-paper.yaml";

    private readonly string _repo;
    private readonly string _branch;

    private RepositoryLinks(Uri repo, string branch)
    {
        _repo = repo.AbsoluteUri.TrimEnd('/');
        _branch = branch;
    }

    /// <summary>Null when the settings name no repository: then no page shows these links.</summary>
    public static RepositoryLinks? For(SiteSettings settings) =>
        settings.RepoUrl is { } repo ? new RepositoryLinks(repo, settings.RepoBranch) : null;

    /// <summary>GitHub's edit view of a record: <c>REPO/edit/BRANCH/input/papers/...</c>.</summary>
    public string EditUrl(string sourcePath) => $"{_repo}/edit/{_branch}/{EscapePath(sourcePath)}";

    /// <summary>GitHub's new-file form: <c>REPO/new/BRANCH?filename=...&amp;value=...</c>, with a record to fill in.</summary>
    public string AddPaperUrl() =>
        $"{_repo}/new/{_branch}?filename={Uri.EscapeDataString(NewRecordPath)}&value={Uri.EscapeDataString(RecordTemplate)}";

    /// <summary>What the new-file form starts with: every required key, the placeholder abstract that check warns about, and how to name the file.</summary>
    public static string RecordTemplate { get; } =
        $"""
        # Name this file input/papers/<yyyy>/<MM>/<id>.yaml, by the day it is listed under (the id is the arXiv id or a short-title-like-this).
        title: "The paper's title"
        date: 2025-01-31
        abstract: |
          {RecordScaffold.PlaceholderAbstract}
        arxiv: 2501.00001
        authors:
          - First Author
          - Second Author
        tags: [a topic]

        """.ReplaceLineEndings("\n");

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
