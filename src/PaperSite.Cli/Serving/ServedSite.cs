using PaperSite.Diagnostics;

namespace PaperSite.Cli.Serving;

/// <summary>
/// What the server shows at one moment: the last good build (null until one succeeds), the path the
/// site lives under, the version pages compare against to know when to reload, and the problems of the
/// last build when it failed.
/// </summary>
/// <param name="Folder">The built site, or null when no build has succeeded yet.</param>
/// <param name="BasePath">The path of base_url, such as <c>/repo/</c>, escaped as in a URL.</param>
/// <param name="Version">The server's session and a number that grows with every build that changes what is shown.</param>
/// <param name="Since">
/// When this version was first shown, whole seconds and later than every earlier version's: the Last-Modified
/// (and so the ETag) of pages that carry the version, so a browser never revalidates a page of an older one.
/// </param>
/// <param name="Problems">The diagnostics of the last build if it failed, else none: what the overlay shows.</param>
internal sealed record ServedSite(string? Folder, string BasePath, string Version, DateTimeOffset Since, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>
    /// Pages rendered ahead of a rebuild after an edit (<see cref="PaperSite.Pipeline.RenderedSite"/>), by path in the
    /// folder (<c>papers/x/index.html</c>): served instead of the folder's file until the rebuild ends.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Ahead { get; init; } = NoPages;

    public static readonly IReadOnlyDictionary<string, byte[]> NoPages = new Dictionary<string, byte[]>();
}
