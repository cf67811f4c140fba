using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The built site as the static-file middleware sees it: whatever <see cref="ServedSite"/> is current at each
/// request, so a rebuild (which swaps the folder in place) needs no new provider. Nothing outside the folder
/// is ever found, symbolic links are not followed, and HTML files come with the preview's script tag
/// (<see cref="PreviewHtmlFile"/>); a page rendered ahead of a rebuild is served from those bytes instead of its
/// file; every other file is served as built.
/// </summary>
internal sealed class SiteFileProvider(Func<ServedSite> current) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var site = current();
        var path = site.Folder is null ? null : Resolve(site.Folder, subpath);
        if (path is null || !File.Exists(path))
        {
            return new NotFoundFileInfo(subpath);
        }

        if (site.Ahead.Count > 0 && site.Ahead.TryGetValue(Path.GetRelativePath(site.Folder!, path).Replace('\\', '/'), out var ahead))
        {
            return new PreviewHtmlFile(Path.GetFileName(path), site.Since, () => ahead, site);
        }

        var file = new FileInfo(path);
        return PreviewContentTypes.IsHtml(path) ? new PreviewHtmlFile(file, site) : new PhysicalFileInfo(file);
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var site = current();
        var path = site.Folder is null ? null : Resolve(site.Folder, subpath);
        return path is not null && Directory.Exists(path) ? new SiteFolder(path, subpath.TrimEnd('/'), this) : NotFoundDirectoryContents.Singleton;
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>
    /// The full path a site-relative path names, or null when it would leave the folder or pass through a
    /// symbolic link: the server's folder holds only what the build wrote, and nothing may lead out of it.
    /// </summary>
    internal static string? Resolve(string folder, string relative)
    {
        if (relative.Contains('\0', StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, relative.TrimStart('/'))));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        for (var step = full; step.Length > root.Length; step = Path.GetDirectoryName(step)!)
        {
            if (new FileInfo(step).LinkTarget is not null)
            {
                return null;
            }
        }

        return full;
    }

    /// <summary>A folder of the site; its entries are looked up through the provider, so they obey the same rules.</summary>
    private sealed class SiteFolder(string path, string subpath, SiteFileProvider provider) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() => new DirectoryInfo(path)
            .EnumerateFileSystemInfos()
            .Where(entry => entry.LinkTarget is null)
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(entry => entry is DirectoryInfo directory ? new PhysicalDirectoryInfo(directory) : provider.GetFileInfo($"{subpath}/{entry.Name}"))
            .GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
