using System.Globalization;
using System.Runtime.InteropServices;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Writes a build into a fresh staging folder beside the output folder, and only when the whole
/// build succeeded puts it in place. A failed or killed build leaves the previous output exactly as it
/// was. Usually the staged site is swapped in whole: on Linux one atomic renameat2(RENAME_EXCHANGE), so even
/// SIGKILL at any moment leaves one whole site in place. A build that kept most files of the site in place and
/// wrote a few is published by moving those few in (<see cref="OutputPatch"/>), which the next build undoes
/// first should the process be killed in those milliseconds. A lock file keeps two builds from writing the same
/// output at once.
/// </summary>
internal sealed partial class OutputFolder : IDisposable
{
    private readonly FileStream _lock;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _written = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _kept = new();
    private Task _cleanup = Task.CompletedTask;

    private OutputFolder(string outputPath, FileStream heldLock)
    {
        OutputPath = outputPath;
        _lock = heldLock;
        StagingPath = SiblingPath(outputPath, $"staging-{Guid.NewGuid():N}");
    }

    public string OutputPath { get; }

    public string StagingPath { get; }

    /// <summary>What the site holds so far, by kind of file: every file goes in through <see cref="Write"/> or <see cref="TryKeep"/>.</summary>
    public SiteSize Size { get; } = new();

    /// <summary>Takes the output's lock, recovers from a build that was killed mid-swap, and creates an empty staging folder.</summary>
    public static OutputFolder? Open(string outputPath, DiagnosticBag diagnostics, string displayPath)
    {
        outputPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var parent = Path.GetDirectoryName(outputPath)!;
        var lockPath = SiblingPath(outputPath, "lock");
        FileStream heldLock;
        try
        {
            Directory.CreateDirectory(parent);
            if (new FileInfo(lockPath).LinkTarget is not null)
            {
                // Opening it would create or lock whatever file the link names, anywhere on the machine.
                diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(displayPath),
                    $"the lock file {Path.GetFileName(lockPath)} beside the output folder is a symbolic link; remove it.");
                return null;
            }

            // FileShare.None is an exclusive advisory lock on Unix; the kernel drops it if the process dies.
            heldLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException error) when (IsHeldByAnotherBuild(error))
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceLocation.File(displayPath),
                "another build is writing this output folder; wait for it to finish and try again.");
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(displayPath), $"cannot prepare the output folder: {error.Message}");
            return null;
        }

        var folder = new OutputFolder(outputPath, heldLock);
        try
        {
            folder.RecoverAndClean(parent);
            Directory.CreateDirectory(folder.StagingPath);
            return folder;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            folder.Dispose();
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.File(displayPath), $"cannot prepare the output folder: {error.Message}");
            return null;
        }
    }

    /// <summary>Writes one file into the staging folder. Paths come from validated ids, but are checked again here.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var full = StagedPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
        stream.Write(content);
        Size.Add(relativePath, content.Length);
        _written.Enqueue(relativePath);
    }

    /// <summary>
    /// Keeps the file at <paramref name="relativePath"/> of the site in place (an unchanged one) in the new site, with
    /// its bytes, inode and modification time: left where it is when the site is patched in place, hard-linked into the
    /// staged site when that is swapped in. False where links cannot be made; the caller renders it.
    /// </summary>
    /// <param name="size">The existing file's length, as the caller knows it, for <see cref="Size"/>.</param>
    public bool TryKeep(string relativePath, long size)
    {
        _ = StagedPath(relativePath);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        _kept.Enqueue(relativePath);
        Size.Add(relativePath, size);
        return true;
    }

    private string StagedPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(StagingPath, relativePath));
        if (!full.StartsWith(StagingPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder.");
        }

        return full;
    }

    /// <summary>
    /// Puts the new site in place of the output folder: by moving the files written into it, when
    /// <paramref name="removedFromListed"/> says the folder in place is exactly the last site (and which of its files
    /// the new one has not) and the change is small; otherwise by swapping in the staged site, with every kept file linked into it.
    /// </summary>
    /// <param name="removedFromListed">The files of the folder in place that the new site no longer has, when the
    /// folder holds exactly the files the last build listed; null when that is not known.</param>
    public void Publish(IReadOnlyCollection<string>? removedFromListed = null)
    {
        if (removedFromListed is not null && !_kept.IsEmpty && IsSmallChange(_written.Count + removedFromListed.Count, _written.Count + _kept.Count))
        {
            try
            {
                var patch = SiblingPath(OutputPath, $"patch-{Guid.NewGuid():N}");
                OutputPatch.Apply(OutputPath, StagingPath, patch, [.. _written], removedFromListed);

                // What it holds now is the files it replaced or removed.
                TryDelete(patch);
                return;
            }
            catch (Exception error) when ((error is IOException or UnauthorizedAccessException) && error is not OutputPatch.NotUndoneException)
            {
                // Undone, with every written file back in staging: the whole staged site is swapped in instead.
            }
        }

        LinkKeptFiles();
        Swap();
    }

    /// <summary>A tenth of the site at most (and up to 64 files in any site): past that, a whole new tree costs little more than the moves.</summary>
    private static bool IsSmallChange(int changed, int files) => changed <= Math.Max(64, files / 10);

    /// <summary>Every kept file goes into the staged site as a hard link (on every core: at 100,000 papers they are 150,000), or as a copy with its time where no link can be made.</summary>
    private void LinkKeptFiles() => Parallel.ForEach(_kept, relativePath =>
    {
        var staged = StagedPath(relativePath);
        var existing = Path.Combine(OutputPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        if (NativeMethods.link(existing, staged) != 0)
        {
            File.Copy(existing, staged);
            File.SetLastWriteTimeUtc(staged, File.GetLastWriteTimeUtc(existing));
        }
    });

    private void Swap()
    {
        if (!Directory.Exists(OutputPath))
        {
            Directory.Move(StagingPath, OutputPath);
        }
        else
        {
            // The replaced site is only moved aside: deleting thousands of files is slow, and the next
            // build deletes it in the background while it renders.
            // Named to sort by age: should the swap ever be two renames and be cut between them, the newest is the one to restore.
            var previous = SiblingPath(OutputPath, string.Create(CultureInfo.InvariantCulture, $"previous-{DateTime.UtcNow.Ticks:D19}-{Environment.ProcessId}"));
            if (AtomicExchange(StagingPath, OutputPath))
            {
                Directory.Move(StagingPath, previous);
            }
            else
            {
                Directory.Move(OutputPath, previous);
                try
                {
                    Directory.Move(StagingPath, OutputPath);
                }
                catch (IOException)
                {
                    Directory.Move(previous, OutputPath);
                    throw;
                }
            }
        }
    }

    public void Dispose()
    {
        // Unless it was swapped in, the staging folder is a failed build's, or what a patch left of it (folders).
        if (Directory.Exists(StagingPath))
        {
            TryDelete(StagingPath);
        }

        // Leftovers must be gone before the lock is released, or the next build could restore a stale one.
        _cleanup.Wait();
        _lock.Dispose();
    }

    /// <summary>
    /// Under the lock, nothing else uses the siblings: undo a patch cut short, restore an output lost between two
    /// renames, then delete leftovers (the site the last build replaced, a killed build's staging, the files a
    /// patch moved aside) in the background.
    /// </summary>
    private void RecoverAndClean(string parent)
    {
        var prefix = Path.GetFileName(SiblingPath(OutputPath, ""));
        var leftovers = Directory.EnumerateDirectories(parent, prefix + "*").Order(StringComparer.Ordinal).ToList();
        foreach (var patch in leftovers.Where(d => Path.GetFileName(d).StartsWith(prefix + "patch-", StringComparison.Ordinal)))
        {
            if (Directory.Exists(OutputPath))
            {
                OutputPatch.Undo(OutputPath, staging: null, patch);
            }
        }

        var previous = leftovers.LastOrDefault(d => Path.GetFileName(d).StartsWith(prefix + "previous-", StringComparison.Ordinal));
        if (!Directory.Exists(OutputPath) && previous is not null)
        {
            Directory.Move(previous, OutputPath);
            leftovers.Remove(previous);
        }

        _cleanup = Task.Run(() =>
        {
            foreach (var leftover in leftovers)
            {
                TryDelete(leftover);
            }
        });
    }

    /// <summary>flock's EWOULDBLOCK (11 on Linux, 35 on macOS), or Windows' sharing violation; any other failure is a real I/O problem.</summary>
    private static bool IsHeldByAnotherBuild(IOException error) => error.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static string SiblingPath(string outputPath, string suffix) =>
        Path.Combine(Path.GetDirectoryName(outputPath)!, $".{Path.GetFileName(outputPath)}.{suffix}");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is harmless; the next build tries again.
        }
    }

    private static bool AtomicExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.renameat2(NativeMethods.AtFdCwd, a, NativeMethods.AtFdCwd, b, NativeMethods.RenameExchange) == 0;
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static partial class NativeMethods
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "The C function's own name.")]
        internal static partial int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int link(string oldpath, string newpath);
    }
}
