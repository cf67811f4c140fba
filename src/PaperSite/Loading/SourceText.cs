using System.Globalization;
using System.Text;
using PaperSite.Diagnostics;

namespace PaperSite.Loading;

/// <summary>
/// Decodes a source file: strict UTF-8 (with or without a byte-order mark), LF or CRLF.
/// Invalid bytes are an error that names the line they are on, never silently replaced.
/// </summary>
internal static class SourceText
{
    /// <summary>Far above any real record (a 1 MB abstract fits), far below what would hurt memory.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics) =>
        Decode(bytes, path, diagnostics, MaxBytes, "records");

    /// <summary>Decodes a file of another kind (<paramref name="kind"/>, plural, names it in the message) with its own size limit.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics, int maxBytes, string kind)
    {
        if (bytes.Length > maxBytes)
        {
            ReportTooLarge(bytes.Length, path, diagnostics, maxBytes, kind);
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException invalid)
        {
            var offset = FirstInvalidOffset(bytes, invalid);
            var (line, column) = LineAndColumnOf(bytes, offset);
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(path, line, column),
                string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it as UTF-8."));
            return null;
        }
    }

    public static void ReportTooLarge(long length, string path, DiagnosticBag diagnostics, int maxBytes = MaxBytes, string kind = "records") =>
        diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
            $"the file is {length / 1024} KiB; {kind} may be at most {maxBytes / 1024 / 1024} MiB.");

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes, DecoderFallbackException invalid)
    {
        if (invalid.Index >= 0 && invalid.Index < bytes.Length)
        {
            return invalid.Index;
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    private static (int Line, int Column) LineAndColumnOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
