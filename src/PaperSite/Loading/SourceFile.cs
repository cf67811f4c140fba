using PaperSite.Diagnostics;

namespace PaperSite.Loading;

/// <summary>
/// Reads one source file (a record or the site settings) for a loader. Sources come from strangers'
/// pull requests, and git stores symbolic links as links, so a link is never followed: it could make
/// the build read, and quote in its diagnostics, any file of the machine that builds the site. The size
/// is checked before reading, so a huge file costs nothing.
/// </summary>
internal static class SourceFile
{
    public static byte[]? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.LinkTarget is not null)
            {
                diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.File(displayPath),
                    "this is a symbolic link; sources must be real files inside input/, so it is not read.");
                return null;
            }

            if (Directory.Exists(fullPath))
            {
                diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File(displayPath), "this is a folder, not a file.");
                return null;
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > SourceText.MaxBytes)
            {
                SourceText.ReportTooLarge(stream.Length, displayPath, diagnostics);
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.Unreadable, SourceLocation.File(displayPath), $"the file cannot be read: {error.Message}");
            return null;
        }
    }
}
