using PaperSite.Pipeline;

namespace PaperSite.Cli.Serving;

/// <summary>
/// The one record a batch of changes edits, when that is all the batch does: what serve may render ahead of the
/// rebuild. A batch that touches anything else a build reads (site.yaml, the theme, a second record, a folder, a
/// record or folder of records deleted, the watcher's "look again at everything") is not one. Files a build never
/// reads do not count: an editor's swap and backup files, or a tool's temporary file already renamed into place.
/// </summary>
internal static class EditedRecord
{
    /// <param name="changed">Paths relative to the site root, with forward slashes, as the watcher gives them.</param>
    public static string? Of(IReadOnlyList<string> changed, SiteSources sources, RenderedSite rendered)
    {
        var papersFolder = sources.Relative(sources.PapersFolder) + "/";
        string? record = null;
        foreach (var path in changed)
        {
            var full = Path.Combine(sources.Root, path);
            if (!path.StartsWith(papersFolder, StringComparison.Ordinal) || Directory.Exists(full))
            {
                return null;
            }

            if (!File.Exists(full))
            {
                // Gone: a file the build never read, unless it was a record or a folder of them.
                if (rendered.Knows(path))
                {
                    return null;
                }

                continue;
            }

            if (!LoadPapers.IsRecordName(Path.GetFileName(path)))
            {
                continue;
            }

            if (record is not null && record != path)
            {
                return null;
            }

            record = path;
        }

        return record;
    }
}
