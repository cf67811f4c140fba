using System.IO.Enumeration;

namespace PaperSite.Caching;

/// <summary>
/// What one output folder holds, as the build that published it left it: every file's fingerprint (what it was
/// rendered from), size and modification time, and the fingerprint of all the build's inputs. Written after the
/// folder is published, with a marker file written before the swap and deleted after the list, so a list that
/// might describe another folder than the one in place (a build killed between the swap and the list) is never used.
/// </summary>
internal sealed class OutputManifest
{
    private const string Kind = "output";

    private OutputManifest(string inputs, Dictionary<string, CachedOutputFile> files)
    {
        Inputs = inputs;
        Files = files;
    }

    /// <summary>The fingerprint of everything the site was built from.</summary>
    public string Inputs { get; }

    public IReadOnlyDictionary<string, CachedOutputFile> Files { get; }

    /// <summary>The list for <paramref name="outputPath"/>, or null (with a note saying why) when there is none to trust.</summary>
    public static OutputManifest? Load(BuildCache cache, string outputPath, string displayPath, string theme)
    {
        var path = cache.OutputManifestPath(outputPath);
        if (File.Exists(PendingPath(path)))
        {
            cache.Note($"the last build into {displayPath} was stopped while publishing; every file is rendered.");
            return null;
        }

        if (!File.Exists(path))
        {
            if (Directory.Exists(cache.Folder))
            {
                cache.Note($"nothing is known about {displayPath} yet; every file is rendered.");
            }

            return null;
        }

        try
        {
            using var reader = new CacheFile.Reader(path);
            var header = reader.Header;
            if (!header.IsCurrent(Kind))
            {
                cache.Note($"{cache.Display(path)} was written by another version of PaperSite; every file is rendered.");
                return null;
            }

            if (header.Theme != theme)
            {
                cache.Note($"the theme changed since {displayPath} was built; every file is rendered.");
                return null;
            }

            var files = new Dictionary<string, CachedOutputFile>(header.Count, StringComparer.Ordinal);
            foreach (var file in CacheFile.Decode(reader, CacheJson.Files.CachedOutputFile))
            {
                files[file.Path] = file;
            }

            return new OutputManifest(header.Key, files);
        }
        catch (Exception error) when (CacheFile.Unusable(error))
        {
            cache.Note($"{cache.Display(path)} cannot be used ({CacheFile.Reason(error)}); every file is rendered.");
            return null;
        }
    }

    /// <summary>Whether there is a list for <paramref name="outputPath"/> that <see cref="Load"/> may find usable.</summary>
    public static bool Exists(BuildCache cache, string outputPath)
    {
        var path = cache.OutputManifestPath(outputPath);
        return File.Exists(path) && !File.Exists(PendingPath(path));
    }

    /// <summary>Says, before the swap, that the list no longer describes the folder in place.</summary>
    public static void MarkPublishing(BuildCache cache, string outputPath)
    {
        Directory.CreateDirectory(cache.Folder);
        File.WriteAllBytes(PendingPath(cache.OutputManifestPath(outputPath)), []);
    }

    /// <summary>
    /// Lists the published folder's files with their fingerprints, then removes the marker. A file kept from the last
    /// site is a link to the very file listed then, so its size and time are the ones <paramref name="kept"/> gives; only
    /// the files written are looked at (on every core), not the whole folder again.
    /// </summary>
    public static void Save(BuildCache cache, string outputPath, string theme, string inputs, IReadOnlyDictionary<string, string> fingerprints, IReadOnlyDictionary<string, FileState> kept)
    {
        var path = cache.OutputManifestPath(outputPath);
        var planned = fingerprints.Keys.Order(StringComparer.Ordinal).ToList();
        var listed = new CachedOutputFile?[planned.Count];
        Parallel.For(0, planned.Count, i =>
        {
            var relative = planned[i];
            if ((kept.TryGetValue(relative, out var state) || TryLook(Path.Combine(outputPath, relative), out state)) && state.Regular)
            {
                listed[i] = new CachedOutputFile(relative, fingerprints[relative], state.Size, state.Modified);
            }
        });

        // A planned file not found (there is none unless the folder was changed meanwhile) is left out: it is rendered next time.
        var files = listed.OfType<CachedOutputFile>().ToList();
        var header = new CacheHeader(Kind, CacheFile.FormatVersion, BuildCache.EngineVersion, theme, files.Count, inputs);
        CacheFile.Write(path, header, CacheFile.Encode(files, file => file, CacheJson.Files.CachedOutputFile));
        File.Delete(PendingPath(path));
    }

    /// <summary>One file's state as <see cref="Scan"/> would list it, without following a link.</summary>
    private static bool TryLook(string fullPath, out FileState state)
    {
        var info = new FileInfo(fullPath);
        state = default;
        if (!info.Exists)
        {
            return false;
        }

        state = new FileState(info.Length, info.LastWriteTimeUtc.Ticks, (info.Attributes & FileAttributes.ReparsePoint) == 0);
        return true;
    }

    /// <summary>
    /// Every entry below <paramref name="outputPath"/> with its size and modification time, read from the directory
    /// listing itself (no call per file). Links and anything else that is not a plain file are marked, and not followed.
    /// The folders of one depth are listed on every core, then the folders they hold: a site of 100,000 papers is
    /// 100,000 folders of one page each, and listing them is mostly the kernel's work, a second on one core.
    /// </summary>
    public static Dictionary<string, FileState> Scan(string outputPath)
    {
        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        if (!Directory.Exists(outputPath))
        {
            return files;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        List<string> level = [root];
        while (level.Count > 0)
        {
            var listed = new Listing[level.Count];
            Parallel.For(0, level.Count, i => listed[i] = List(level[i], root.Length));
            level = [];
            foreach (var listing in listed)
            {
                foreach (var (path, state) in listing.Files)
                {
                    files[path] = state;
                }

                level.AddRange(listing.Folders);
            }
        }

        return files;
    }

    /// <summary>One folder's entries: its files (and links, not followed) by relative path, and the full paths of the folders in it.</summary>
    private readonly record struct Listing(List<(string Path, FileState State)> Files, List<string> Folders);

    private static Listing List(string folder, int rootLength)
    {
        var listing = new Listing([], []);
        try
        {
            var entries = new FileSystemEnumerable<(string? Path, FileState State, string? Folder)>(folder,
                (ref FileSystemEntry entry) => entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0
                    ? (null, default, entry.ToFullPath())
                    : (RelativePath(ref entry, rootLength),
                       new FileState(entry.Length, entry.LastWriteTimeUtc.UtcTicks, (entry.Attributes & FileAttributes.ReparsePoint) == 0),
                       null),
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false });
            foreach (var (path, state, subfolder) in entries)
            {
                if (subfolder is not null)
                {
                    listing.Folders.Add(subfolder);
                }
                else
                {
                    listing.Files.Add((path!, state));
                }
            }
        }
        catch (DirectoryNotFoundException) when (folder.Length > rootLength)
        {
            // A folder gone since its parent was listed holds nothing, as one enumeration of the tree would have it;
            // its files, if any were listed, no longer match the list and are rendered.
        }

        return listing;
    }

    /// <summary>The entry's path below the folder listed, with forward slashes, made from the listing's own spans (a full path made and taken apart again costs more than the listing).</summary>
    private static string RelativePath(ref FileSystemEntry entry, int rootLength)
    {
        var folder = entry.Directory.Length > rootLength ? entry.Directory[(rootLength + 1)..] : [];
        var path = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string PendingPath(string manifestPath) => manifestPath + ".publishing";
}

/// <summary>One output file: its site-relative path, what it was rendered from, and its size and modification time when listed.</summary>
internal sealed record CachedOutputFile(string Path, string Fingerprint, long Size, long Modified);

/// <summary>An entry of the output folder as listed; <paramref name="Regular"/> is false for a link or anything else that is not a plain file.</summary>
internal readonly record struct FileState(long Size, long Modified, bool Regular);
