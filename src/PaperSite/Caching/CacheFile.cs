using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Win32.SafeHandles;

namespace PaperSite.Caching;

/// <summary>
/// One file of the build cache: a fixed mark, a header saying what the file holds and which engine wrote it,
/// then entries, each with its own checksum, then an end mark. It is written to a temporary file and renamed
/// over the old one, so a build killed at any moment leaves the whole old file or the whole new one; a file cut
/// short or damaged some other way fails its checksums and is never used.
/// </summary>
internal static class CacheFile
{
    public const int FormatVersion = 1;

    private const int EndMark = -1;

    private static ReadOnlySpan<byte> Mark => "PAPERSITE-CACHE\n"u8;

    public static void Write(string path, CacheHeader header, IEnumerable<byte[]> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(Mark);
                WriteEntry(stream, JsonSerializer.SerializeToUtf8Bytes(header, CacheJson.Files.CacheHeader));
                foreach (var entry in entries)
                {
                    WriteEntry(stream, entry);
                }

                Span<byte> end = stackalloc byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(end, EndMark);
                stream.Write(end);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void WriteEntry(Stream stream, byte[] entry)
    {
        Span<byte> prefix = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, entry.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(prefix[4..], XxHash64.HashToUInt64(entry));
        stream.Write(prefix);
        stream.Write(entry);
    }

    /// <summary>
    /// The entries for <paramref name="items"/>, in order, serialised a batch at a time on every core, as
    /// <see cref="Decode{T}"/> reads them: at 100,000 papers the papers file is hundreds of megabytes of JSON.
    /// </summary>
    public static IEnumerable<byte[]> Encode<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, T> entry, JsonTypeInfo<T> type) =>
        Encode(items, entry, type, known: _ => null);

    /// <summary>
    /// Like <see cref="Encode{TItem, T}"/>, but an item whose entry <paramref name="known"/> gives (its bytes as an
    /// earlier file held them) is not serialised again. <paramref name="known"/> is called in order, on one thread.
    /// </summary>
    public static IEnumerable<byte[]> Encode<TItem, T>(IReadOnlyList<TItem> items, Func<TItem, T> entry, JsonTypeInfo<T> type, Func<TItem, byte[]?> known)
    {
        var encoded = new byte[Math.Min(1024, items.Count)][];
        for (var start = 0; start < items.Count; start += encoded.Length)
        {
            var count = Math.Min(encoded.Length, items.Count - start);
            for (var i = 0; i < count; i++)
            {
                encoded[i] = known(items[start + i])!;
            }

            Parallel.For(0, count, i => encoded[i] ??= JsonSerializer.SerializeToUtf8Bytes(entry(items[start + i]), type));
            for (var i = 0; i < count; i++)
            {
                yield return encoded[i];
            }
        }
    }

    /// <summary>
    /// Every entry of <paramref name="reader"/>, decoded on all cores a batch at a time, in order. The next batch is
    /// read from the file (and its checksums checked) while the one before is decoded.
    /// </summary>
    /// <param name="locations">When given, gets where each entry lies in the file, in order, for <see cref="ReadAt"/>.</param>
    /// <param name="then">When given, what each entry becomes once decoded, done on the same cores.</param>
    public static IEnumerable<T> Decode<T>(Reader reader, JsonTypeInfo<T> type, List<EntryLocation>? locations = null, Func<T, T>? then = null)
        where T : class
    {
        const int BatchSize = 1024;
        var decoded = new T[BatchSize];
        var reading = Task.Run(() => ReadBatch(reader, BatchSize, locations));
        try
        {
            while (true)
            {
                var batch = reading.GetAwaiter().GetResult();
                if (batch.Count == 0)
                {
                    yield break;
                }

                reading = Task.Run(() => ReadBatch(reader, BatchSize, locations));
                Parallel.For(0, batch.Count, i =>
                {
                    var entry = JsonSerializer.Deserialize(batch[i], type) ?? throw new InvalidDataException("an entry is empty");
                    decoded[i] = then is null ? entry : then(entry);
                });
                for (var i = 0; i < batch.Count; i++)
                {
                    yield return decoded[i];
                }
            }
        }
        finally
        {
            // Not left reading a file the caller is about to close.
            try
            {
                reading.Wait();
            }
            catch (AggregateException)
            {
                // Already thrown to the caller, or of no interest to one that stopped early.
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> entries; fewer only at the end of the file.</summary>
    private static List<byte[]> ReadBatch(Reader reader, int count, List<EntryLocation>? locations)
    {
        var batch = new List<byte[]>(count);
        while (batch.Count < count && reader.Next() is { } entry)
        {
            batch.Add(entry);
            locations?.Add(reader.Last);
        }

        return batch;
    }

    /// <summary>
    /// The entry at <paramref name="location"/> of a file open for reading, or null when the bytes there are not that
    /// entry any more (the file was replaced or damaged since): the caller then serialises the item again.
    /// </summary>
    public static byte[]? ReadAt(SafeFileHandle file, EntryLocation location)
    {
        if (location.Offset < 0 || location.Length < 0 || location.Offset + 12 + location.Length > RandomAccess.GetLength(file))
        {
            return null;
        }

        // One read for prefix and entry: the entries copied are read in file order, a few kilobytes each.
        var bytes = new byte[12 + location.Length];
        int read;
        try
        {
            read = RandomAccess.Read(file, bytes, location.Offset);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (read != bytes.Length
            || BinaryPrimitives.ReadInt32LittleEndian(bytes) != location.Length
            || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(4)) != location.Checksum)
        {
            return null;
        }

        var entry = bytes[12..];
        return XxHash64.HashToUInt64(entry) == location.Checksum ? entry : null;
    }

    /// <summary>
    /// Whether <paramref name="error"/>, met while reading a cache file, means the file cannot be used (it is missing,
    /// unreadable, damaged, or not what this version writes) rather than a fault of the build: every reader of the cache
    /// falls back to the long way on exactly these. The entries are decoded on every core, so they may come wrapped.
    /// </summary>
    public static bool Unusable(Exception error) => error switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Unusable),
        _ => error is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException or OverflowException,
    };

    /// <summary>Why a cache file cannot be used, for a note: the first cause's message, unwrapped.</summary>
    public static string Reason(Exception error) => error is AggregateException { InnerException: { } inner } ? Reason(inner) : error.Message.TrimEnd('.');

    /// <summary>Where one entry lies in a cache file: the offset of its length prefix, its length and its checksum.</summary>
    public readonly record struct EntryLocation(long Offset, int Length, ulong Checksum);

    /// <summary>Reads a cache file entry by entry; any inconsistency throws <see cref="InvalidDataException"/>.</summary>
    public sealed class Reader : IDisposable
    {
        private readonly FileStream _stream;
        private int _read;
        private bool _ended;

        public Reader(string path)
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            try
            {
                Header = ReadHeader();
            }
            catch
            {
                // Not left open until a collection: the build that finds the file unusable writes a new one over it.
                _stream.Dispose();
                throw;
            }

            _read = 0;
        }

        public CacheHeader Header { get; }

        /// <summary>Where the entry <see cref="Next"/> returned last lies in the file.</summary>
        public EntryLocation Last { get; private set; }

        private CacheHeader ReadHeader()
        {
            Span<byte> mark = stackalloc byte[Mark.Length];
            if (_stream.ReadAtLeast(mark, mark.Length, throwOnEndOfStream: false) != mark.Length || !mark.SequenceEqual(Mark))
            {
                throw new InvalidDataException("it is not a PaperSite cache file");
            }

            var bytes = Next() ?? throw new InvalidDataException("it has no header");
            var header = JsonSerializer.Deserialize(bytes, CacheJson.Files.CacheHeader) ?? throw new InvalidDataException("its header is empty");

            // Readers make room for the entries before reading them: a count the file cannot hold (each entry takes
            // at least its 12-byte prefix) is refused here, not met as an exception no reader expects.
            if (header.Count < 0 || header.Count > (_stream.Length - _stream.Position) / 12)
            {
                throw new InvalidDataException("its entry count is wrong");
            }

            return header;
        }

        /// <summary>The next entry, or null after the last one (and from then on), once the end mark and the count are checked.</summary>
        public byte[]? Next()
        {
            if (_ended)
            {
                return null;
            }

            Span<byte> prefix = stackalloc byte[12];
            var offset = _stream.Position;
            ReadExactly(prefix[..4]);
            var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
            if (length == EndMark)
            {
                if (Header is null || _read != Header.Count || _stream.ReadByte() != -1)
                {
                    throw new InvalidDataException("it does not end where its header says");
                }

                _ended = true;
                return null;
            }

            if (length < 0 || length > _stream.Length - _stream.Position)
            {
                throw new InvalidDataException("an entry's length is wrong");
            }

            ReadExactly(prefix[4..]);
            var entry = new byte[length];
            ReadExactly(entry);
            var checksum = BinaryPrimitives.ReadUInt64LittleEndian(prefix[4..]);
            if (XxHash64.HashToUInt64(entry) != checksum)
            {
                throw new InvalidDataException("an entry fails its checksum");
            }

            Last = new EntryLocation(offset, length, checksum);
            _read++;
            return entry;
        }

        public void Dispose() => _stream.Dispose();

        private void ReadExactly(Span<byte> buffer)
        {
            if (_stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) != buffer.Length)
            {
                throw new InvalidDataException("it is cut short");
            }
        }
    }
}

/// <summary>What a cache file holds and who wrote it; a file whose header does not match the build is not used.</summary>
/// <param name="Kind">What the entries are: records, or the files of one output folder.</param>
/// <param name="Engine">The engine that wrote it (<see cref="BuildCache.EngineVersion"/>).</param>
/// <param name="Theme">For an output's file list, the theme it was rendered with.</param>
/// <param name="Count">How many entries follow.</param>
/// <param name="Key">For records, the time they were looked at (ticks, UTC); for an output, the fingerprint of all its inputs.</param>
internal sealed record CacheHeader(string Kind, int Format, string Engine, string? Theme, int Count, string Key)
{
    /// <summary>Whether the file holds <paramref name="kind"/> entries in this version's format, from this engine.</summary>
    public bool IsCurrent(string kind) => Kind == kind && Format == CacheFile.FormatVersion && Engine == BuildCache.EngineVersion;
}
