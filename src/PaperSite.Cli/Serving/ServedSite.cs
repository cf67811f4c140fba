using PaperSite.Diagnostics;

namespace PaperSite.Cli.Serving;

/// <summary>
/// What the server shows at one moment: the last good build (null until one succeeds), the path the
/// site lives under, and the version pages compare against to know when to reload.
/// </summary>
/// <param name="Folder">The built site, or null when no build has succeeded yet.</param>
/// <param name="BasePath">The path of base_url, such as <c>/repo/</c>, escaped as in a URL.</param>
/// <param name="Version">Changes whenever what the server shows changes.</param>
/// <param name="Problems">The diagnostics of the last build, shown in place of the site while none has succeeded.</param>
internal sealed record ServedSite(string? Folder, string BasePath, string Version, IReadOnlyList<Diagnostic> Problems);
