namespace PaperSite.Output;

/// <summary>
/// Publishes a build that changed a few files by moving them into the output folder in place, rather than swapping
/// in a whole new tree: at 100,000 papers, linking the 270,000 unchanged files and folders into a new tree and
/// deleting the old one costs seconds of the kernel's time, for a build that wrote fourteen files.
/// Before the first move a journal lists every path the patch touches, each marked as replaced, new or removed, and
/// every file replaced or removed is moved aside into the patch folder, not deleted. A patch cut short is undone
/// from the journal: at once when a move fails, and by the next build to open the folder when the process was killed.
/// Deleting the journal is the moment the patch is whole.
/// </summary>
internal static class OutputPatch
{
    private const string JournalName = "journal";
    private const string AsideName = "aside";
    private const char Replaced = 'w';
    private const char Added = 'n';
    private const char Removed = 'r';

    /// <summary>Moves <paramref name="written"/> from <paramref name="staging"/> into <paramref name="output"/> and removes <paramref name="removed"/> from it.</summary>
    /// <param name="afterEachMove">Called with the number of moves done, after each one; tests stop a patch there.</param>
    /// <exception cref="IOException">A move failed; the output is as it was and every written file is back in staging.</exception>
    public static void Apply(string output, string staging, string patchFolder, IReadOnlyCollection<string> written, IReadOnlyCollection<string> removed, Action<int>? afterEachMove = null)
    {
        var entries = new List<string>(written.Count + removed.Count);
        entries.AddRange(written.Select(path => $"{(File.Exists(Under(output, path)) ? Replaced : Added)} {Checked(path)}"));
        entries.AddRange(removed.Select(path => $"{Removed} {Checked(path)}"));
        Directory.CreateDirectory(patchFolder);
        var journal = Path.Combine(patchFolder, JournalName);
        File.WriteAllLines(journal + ".tmp", entries);
        File.Move(journal + ".tmp", journal);

        var moves = 0;
        void Moved() => afterEachMove?.Invoke(++moves);
        try
        {
            foreach (var path in written)
            {
                var target = Under(output, path);
                if (File.Exists(target))
                {
                    MoveAside(target, patchFolder, path);
                    Moved();
                }
                else
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                }

                File.Move(Under(staging, path), target);
                Moved();
            }

            foreach (var path in removed)
            {
                MoveAside(Under(output, path), patchFolder, path);
                RemoveEmptyFolders(output, path);
                Moved();
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            try
            {
                Undo(output, staging, patchFolder);
            }
            catch (Exception undoing) when (undoing is IOException or UnauthorizedAccessException)
            {
                throw new NotUndoneException($"{error.Message}; putting the output back failed too ({undoing.Message}), the next build tries again", error);
            }

            throw;
        }

        File.Delete(journal);
    }

    /// <summary>A patch failed and could not be undone: the journal is still there, for the next build to undo it.</summary>
    public sealed class NotUndoneException(string message, Exception inner) : IOException(message, inner);

    /// <summary>
    /// Puts the output back as it was before a patch that was cut short, if <paramref name="patchFolder"/> holds one:
    /// files moved aside go back, files moved in go back to <paramref name="staging"/> (or, when it is gone with the
    /// process that made it, are deleted). False when there was no patch to undo.
    /// </summary>
    public static bool Undo(string output, string? staging, string patchFolder)
    {
        var journal = Path.Combine(patchFolder, JournalName);
        if (!File.Exists(journal))
        {
            return false;
        }

        foreach (var entry in File.ReadAllLines(journal).Reverse())
        {
            var (kind, path) = (entry[0], entry[2..]);
            var target = Under(output, path);
            var aside = Under(Path.Combine(patchFolder, AsideName), path);
            switch (kind)
            {
                case Replaced when File.Exists(aside):
                    // Moved aside, and perhaps replaced already; had it not been moved aside, nothing was replaced.
                    TakeBack(target, staging, path);
                    File.Move(aside, target);
                    break;
                case Added:
                    TakeBack(target, staging, path);
                    RemoveEmptyFolders(output, path);
                    break;
                case Removed when File.Exists(aside):
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(aside, target);
                    break;
            }
        }

        File.Delete(journal);
        return true;
    }

    /// <summary>A file the patch moved in goes back where it came from.</summary>
    private static void TakeBack(string target, string? staging, string path)
    {
        if (!File.Exists(target))
        {
            return;
        }

        if (staging is not null && Directory.Exists(staging))
        {
            var staged = Under(staging, path);
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            File.Move(target, staged);
        }
        else
        {
            File.Delete(target);
        }
    }

    private static void MoveAside(string target, string patchFolder, string path)
    {
        var aside = Under(Path.Combine(patchFolder, AsideName), path);
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        File.Move(target, aside);
    }

    /// <summary>A full build has no empty folder: the folders a removed file leaves empty go too.</summary>
    private static void RemoveEmptyFolders(string output, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        for (var folder = Path.GetDirectoryName(Under(output, path)); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
            {
                return;
            }

            Directory.Delete(folder);
        }
    }

    /// <summary>The journal is one path a line.</summary>
    private static string Checked(string path) =>
        path.Contains('\n', StringComparison.Ordinal) || path.Contains('\r', StringComparison.Ordinal)
            ? throw new InvalidOperationException($"refusing to publish a path with a line break: '{path}'.")
            : path;

    private static string Under(string root, string relativePath)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder.");
    }
}
