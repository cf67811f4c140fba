using System.Text;

namespace PaperSite.Text;

/// <summary>
/// A string kept as UTF-8: half the memory of .NET's UTF-16 for the mostly-ASCII text of abstracts. An archive
/// holds every record's abstract twice over (its HTML and plain text) from loading until the last page is written,
/// and each reused partial's output until the pages are rendered: at 100,000 papers, hundreds of megabytes as
/// strings and half that like this. The text is decoded
/// again each time it is read, which happens a few times per paper (its page, the search index, a feed).
/// Compares by content, so records holding it keep their value equality.
/// </summary>
public readonly struct CompactText : IEquatable<CompactText>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[]? _bytes;

    public CompactText(string? text) => _bytes = string.IsNullOrEmpty(text) ? null : Utf8.GetBytes(text);

    public static CompactText Empty => default;

    public bool IsEmpty => _bytes is null;

    public override string ToString() => _bytes is null ? "" : Utf8.GetString(_bytes);

    public bool Equals(CompactText other) => _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
