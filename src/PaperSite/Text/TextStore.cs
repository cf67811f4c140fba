using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace PaperSite.Text;

/// <summary>
/// A file that holds text for the length of a build instead of memory: the abstracts of a large archive, which are
/// most of its papers' bytes (at 100,000 papers, about 240 MB of HTML and plain text) yet are each read only a few
/// times (the paper's page, its listings' cards, a feed, the search index). Text is appended once and read back at its
/// offset, from any thread, through the operating system's file cache, which gives the memory back when it is needed
/// elsewhere (where the temporary folder is itself in memory, tmpfs, the text stays in memory, only outside the
/// process: point <c>TMPDIR</c> at a disk there). On Linux and macOS the file is unlinked as soon as it is open, so
/// a build that is killed leaves nothing behind; on Windows it is deleted when closed. It lives as long as a text kept
/// in it is reachable: the handle closes when the last such paper is collected, or on <see cref="Dispose"/>. Should a
/// write fail (a full disk), the text stays in memory and the store takes no more.
/// </summary>
public sealed class TextStore : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _end;
    private volatile bool _failed;

    private TextStore(SafeFileHandle file) => _file = file;

    /// <summary>A new, empty store in the system's temporary folder.</summary>
    public static TextStore Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papersite-text-{Guid.NewGuid():N}.tmp");
        var unlinkNow = !OperatingSystem.IsWindows();
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            unlinkNow ? FileOptions.None : FileOptions.DeleteOnClose);
        if (unlinkNow)
        {
            File.Delete(path);
        }

        return new TextStore(file);
    }

    /// <summary>A new store, or null where the temporary folder cannot hold one (the caller keeps its text in memory).</summary>
    public static TextStore? TryCreate()
    {
        try
        {
            return Create();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Appends <paramref name="utf8"/> and says where it lies, or null once a write has failed; safe on many threads at once.</summary>
    internal StoredText? TryKeep(ReadOnlySpan<byte> utf8)
    {
        if (_failed)
        {
            return null;
        }

        var offset = Interlocked.Add(ref _end, utf8.Length) - utf8.Length;
        try
        {
            RandomAccess.Write(_file, utf8, offset);
        }
        catch (IOException)
        {
            _failed = true;
            return null;
        }

        return new StoredText(this, offset, utf8.Length, XxHash128.HashToUInt128(utf8));
    }

    /// <summary>Fills <paramref name="into"/> with the bytes kept at <paramref name="offset"/>.</summary>
    internal void Read(long offset, Span<byte> into)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(_file, into, offset);
            if (read <= 0)
            {
                throw new IOException("the text store is shorter than the text kept in it.");
            }

            into = into[read..];
            offset += read;
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Where one text lies in a <see cref="TextStore"/>, with the hash of its bytes, which stands for them in comparisons and fingerprints.</summary>
internal sealed record StoredText(TextStore Store, long Offset, int Length, UInt128 Hash);
