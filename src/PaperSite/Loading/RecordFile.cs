using PaperSite.Model;

namespace PaperSite.Loading;

/// <summary>
/// One record file of the archive as it was read: where it is, the keys that say which paper it is, and
/// the paper when the record is valid. The keys are read even from a record with errors elsewhere, since
/// it still names its paper: <c>new</c> and <c>import</c> must not add that paper a second time.
/// </summary>
/// <param name="Path">Relative to the site root, with forward slashes, as diagnostics show it.</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Id">The record's <c>id</c>, else its file name without extension.</param>
internal sealed record RecordFile(string Path, string FullPath, string Id, string? ArxivId, string? Doi, string? Title, Paper? Paper);
