using Microsoft.Extensions.FileProviders;

namespace PaperSite.Cli.Serving;

/// <summary>
/// A built HTML page as served: its bytes with the preview's script tag added (<see cref="PreviewClient.InjectInto"/>),
/// read once, when the middleware first asks for its length. It has no physical path, so the middleware sends
/// these bytes (ranges included), never the file. Its time is the later of the file's and the version's, so its
/// ETag changes with the version the tag carries: a browser holding a page of an older version gets the new one.
/// A page rendered ahead of a rebuild (<see cref="ServedSite.Ahead"/>) is served the same way from its bytes.
/// </summary>
internal sealed class PreviewHtmlFile(string name, DateTimeOffset modified, Func<byte[]> read, ServedSite site) : IFileInfo
{
    public PreviewHtmlFile(FileInfo file, ServedSite site)
        : this(file.Name, new DateTimeOffset(file.LastWriteTimeUtc), () => File.ReadAllBytes(file.FullName), site)
    {
    }

    private byte[]? _content;

    public bool Exists => true;

    public long Length => Content.Length;

    public string? PhysicalPath => null;

    public string Name => name;

    public DateTimeOffset LastModified => modified > site.Since ? modified : site.Since;

    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(Content, writable: false);

    private byte[] Content => _content ??= PreviewClient.InjectInto(read(), site.Version);
}
