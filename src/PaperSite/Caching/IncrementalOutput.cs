using PaperSite.Output;

namespace PaperSite.Caching;

/// <summary>
/// One build's use of what the cache knows about its output folder. When the inputs' fingerprint is the one the
/// folder was built from and every file in it is still the one listed (same size and modification time, nothing
/// added or removed), the folder is kept as it is: no file is written, so bytes, times and inodes stay. Otherwise
/// each file whose fingerprint is unchanged is kept (with its inode and time) and only the rest are rendered; the new
/// site is then published (<see cref="OutputFolder.Publish"/>), by moving those files into the folder when it holds
/// exactly the listed files and the change is small.
/// </summary>
internal sealed class IncrementalOutput
{
    private readonly BuildCache _cache;
    private readonly string _outputPath;
    private readonly string _displayPath;
    private readonly string _theme;
    private readonly string _inputs;
    private readonly OutputManifest? _previous;
    private readonly Dictionary<string, FileState> _present;
    private System.Collections.Concurrent.ConcurrentDictionary<string, string> _planned = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FileState> _kept;
    private bool? _holdsListed;

    private IncrementalOutput(BuildCache cache, string outputPath, string displayPath, string theme, string inputs)
    {
        _cache = cache;
        _outputPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        _displayPath = displayPath;
        _theme = theme;
        _inputs = inputs;
        // Where there is a list to compare with, the folder is listed (mostly the kernel's work) while the list is
        // read (the processor's): at 100,000 papers each takes most of a second.
        var scan = OutputManifest.Exists(cache, outputPath) ? Task.Run(() => OutputManifest.Scan(_outputPath)) : null;
        _previous = OutputManifest.Load(cache, outputPath, displayPath, theme);
        _present = _previous is null ? [] : scan?.GetAwaiter().GetResult() ?? OutputManifest.Scan(_outputPath);

        // Sized for every file to be kept: a concurrent dictionary takes every lock to grow, and the renderer keeps files on all cores.
        _kept = new(Environment.ProcessorCount * 4, Math.Max(_previous?.Files.Count ?? 0, 64), StringComparer.Ordinal);
    }

    /// <summary>How many files were kept from the folder in place rather than rendered.</summary>
    public int Kept => _kept.Count;

    /// <summary>Whether the folder in place is exactly what this build would write.</summary>
    public bool IsCurrent => _previous is not null && _previous.Inputs == _inputs && HoldsExactlyTheListedFiles;

    /// <summary>Whether the folder in place holds the files the last build listed, each still as listed, and nothing else.</summary>
    private bool HoldsExactlyTheListedFiles => _holdsListed ??= _previous is not null && _present.Count == _previous.Files.Count && _previous.Files.Values.All(Unchanged);

    /// <summary>How many files the folder in place holds, as listed.</summary>
    public int ListedFiles => _previous?.Files.Count ?? 0;

    /// <summary>The folder in place, by kind of file, as listed (when <see cref="IsCurrent"/>, exactly what it holds).</summary>
    public SiteSizeReport ListedSize()
    {
        var size = new SiteSize();
        foreach (var file in _previous?.Files.Values ?? [])
        {
            size.Add(file.Path, file.Size);
        }

        return size.Report();
    }

    /// <summary>Reads the cache about <paramref name="outputPath"/>; call under the output's lock.</summary>
    public static IncrementalOutput Start(BuildCache cache, string outputPath, string displayPath, string theme, string inputs) =>
        new(cache, outputPath, displayPath, theme, inputs);

    /// <summary>The fingerprint of every page this build writes, by its path in the output; the site's other files are told with <see cref="TryKeep(string, string, OutputFolder)"/>.</summary>
    public void Plan(IReadOnlyDictionary<string, string> pages) => _planned = new(Environment.ProcessorCount, pages, StringComparer.Ordinal);

    /// <summary>Tells the fingerprint of a site file this build writes, then keeps it as <see cref="TryKeep(string, OutputFolder)"/> does.</summary>
    public bool TryKeep(string relativePath, string fingerprint, OutputFolder staging)
    {
        _planned[relativePath] = fingerprint;
        return TryKeep(relativePath, staging);
    }

    /// <summary>Puts the unchanged file at <paramref name="relativePath"/> into the staging folder, when it is unchanged and can be linked.</summary>
    public bool TryKeep(string relativePath, OutputFolder staging)
    {
        if (_previous is null
            || !_planned.TryGetValue(relativePath, out var fingerprint)
            || !_previous.Files.TryGetValue(relativePath, out var listed)
            || listed.Fingerprint != fingerprint
            || !Unchanged(listed)
            || !staging.TryKeep(relativePath, listed.Size))
        {
            return false;
        }

        _kept[relativePath] = new FileState(listed.Size, listed.Modified, Regular: true);
        return true;
    }

    /// <summary>
    /// The files of the folder in place that this build does not write, when the folder holds exactly what the last
    /// build listed (so a patch of the folder gives the new site); null when it may hold anything else.
    /// </summary>
    public IReadOnlyCollection<string>? RemovedFromListed() =>
        HoldsExactlyTheListedFiles ? [.. _previous!.Files.Keys.Where(path => !_planned.ContainsKey(path))] : null;

    /// <summary>Marks the list as out of date before the swap; where that cannot be done the list is deleted instead, so it is never trusted wrongly.</summary>
    public void BeforePublish() => _cache.Save($"the file list of {_displayPath}", () =>
    {
        try
        {
            OutputManifest.MarkPublishing(_cache, _outputPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            File.Delete(_cache.OutputManifestPath(_outputPath));
            throw;
        }
    });

    public void AfterPublish() => _cache.Save($"the file list of {_displayPath}", () => OutputManifest.Save(_cache, _outputPath, _theme, _inputs, _planned, _kept));

    private bool Unchanged(CachedOutputFile listed) =>
        _present.TryGetValue(listed.Path, out var state) && state.Regular && state.Size == listed.Size && state.Modified == listed.Modified;
}
