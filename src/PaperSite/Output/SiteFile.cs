using System.IO.Compression;

namespace PaperSite.Output;

/// <summary>
/// A file of the site that is not a rendered page (an asset, a sitemap, a part of the search index), held as its
/// content. One served compressed is compressed only when it is written: a build that finds it unchanged, by the
/// fingerprint of its content, keeps the file in place and never compresses it, and at 100,000 papers the search
/// index is forty thousand such files.
/// </summary>
internal sealed record SiteFile(string Path, byte[] Content, bool Gzip = false)
{
    /// <summary>The bytes written to the site: the content, gzip-compressed at the smallest size when <see cref="Gzip"/>.</summary>
    public byte[] Bytes() => Gzip ? Compressed(Content) : Content;

    /// <summary>gzip at the best ratio; .NET writes no time or name in the header, so the bytes depend on the content only.</summary>
    private static byte[] Compressed(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }
}
