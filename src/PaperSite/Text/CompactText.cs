using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace PaperSite.Text;

/// <summary>
/// A string kept as UTF-8: half the memory of .NET's UTF-16 for the mostly-ASCII text of abstracts. An archive
/// holds every record's abstract twice over (its HTML and plain text) from loading until the last page is written,
/// and each reused partial's output until the pages are rendered: at 100,000 papers, hundreds of megabytes as
/// strings and half that like this. A large archive moves its abstracts out of memory altogether, into a
/// <see cref="TextStore"/> (<see cref="KeptIn"/>). The text is decoded again each time it is read, which happens a few
/// times per paper (its page, the search index, a feed). Compares by content, however it is kept (text in memory byte
/// by byte, text in a store by the 128-bit hash of its bytes, as page fingerprints do), so records holding it keep
/// their value equality.
/// </summary>
public readonly struct CompactText : IEquatable<CompactText>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The bytes (a byte array) or where they are kept (a <see cref="StoredText"/>); null for the empty text.</summary>
    private readonly object? _content;

    public CompactText(string? text) => _content = string.IsNullOrEmpty(text) ? null : Utf8.GetBytes(text);

    private CompactText(StoredText stored) => _content = stored;

    public static CompactText Empty => default;

    public bool IsEmpty => _content is null;

    /// <summary>How many bytes of UTF-8 the text is.</summary>
    public int ByteCount => _content switch
    {
        byte[] bytes => bytes.Length,
        StoredText stored => stored.Length,
        _ => 0,
    };

    /// <summary>The hash of the text's bytes: what stands for the text in a fingerprint, however it is kept.</summary>
    public UInt128 ContentHash => _content switch
    {
        byte[] bytes => XxHash128.HashToUInt128(bytes),
        StoredText stored => stored.Hash,
        _ => XxHash128.HashToUInt128([]),
    };

    /// <summary>The same text, kept in <paramref name="store"/> rather than in memory.</summary>
    public CompactText KeptIn(TextStore store) => _content is byte[] bytes && store.TryKeep(bytes) is { } stored ? new CompactText(stored) : this;

    public override string ToString()
    {
        switch (_content)
        {
            case byte[] bytes:
                return Utf8.GetString(bytes);
            case StoredText stored:
                var buffer = ArrayPool<byte>.Shared.Rent(stored.Length);
                try
                {
                    stored.Store.Read(stored.Offset, buffer.AsSpan(0, stored.Length));
                    return Utf8.GetString(buffer, 0, stored.Length);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

            default:
                return "";
        }
    }

    public bool Equals(CompactText other) => (_content, other._content) switch
    {
        (byte[] mine, byte[] theirs) => mine.AsSpan().SequenceEqual(theirs),
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ => ByteCount == other.ByteCount && ContentHash == other.ContentHash,
    };

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode() => IsEmpty ? 0 : ContentHash.GetHashCode();

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
