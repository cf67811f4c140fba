using System.IO.Hashing;
using System.Reflection;
using System.Text;

namespace PaperSite.Caching;

/// <summary>
/// The build cache in <c>ROOT/.papersite-cache/</c>: the records as they were parsed (<see cref="RecordCache"/>)
/// and, for each output folder, what every file in it was rendered from (<see cref="OutputManifest"/>). The site
/// never reads it as input, and it is only ever trusted after it has been checked: a missing, damaged or foreign
/// cache makes a full build, and the build says why in <see cref="Notes"/>.
/// </summary>
internal sealed class BuildCache
{
    public const string FolderName = ".papersite-cache";

    private readonly List<string> _notes = [];
    private readonly Task<RecordCache> _records;

    private BuildCache(string root)
    {
        Root = root;
        Folder = Path.Combine(root, FolderName);

        // Read beside the build's first stages (settings, theme, finding the record files), which need none of it:
        // at 100,000 records it takes half a second. The moment is taken now, before any record file is looked at.
        var now = DateTime.UtcNow.Ticks;
        _records = Task.Run(() => RecordCache.Load(this, now));
    }

    /// <summary>
    /// The engine that writes and reads the cache: its version and its build's module id, so any change to the
    /// code (which could change how a record parses or a page renders) makes every cached result untrusted.
    /// </summary>
    public static string EngineVersion { get; } = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{typeof(BuildCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}/{typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId:N}");

    public string Root { get; }

    public string Folder { get; }

    /// <summary>The records as the last build parsed them; waits for them to be read.</summary>
    public RecordCache Records => _records.GetAwaiter().GetResult();

    /// <summary>What the cache did and why, one line each, for the command line to print.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static BuildCache Open(string root)
    {
        var cache = new BuildCache(root);
        cache.RemoveAbandonedFiles();
        return cache;
    }

    public void Note(string text)
    {
        lock (_notes)
        {
            _notes.Add("build cache: " + text);
        }
    }

    /// <summary>
    /// A build killed while writing the cache leaves its temporary file behind. One old enough cannot belong to a build
    /// still running (two builds into different folders may run at once), so it goes.
    /// </summary>
    private void RemoveAbandonedFiles()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        try
        {
            foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.tmp"))
            {
                if (file.LastWriteTimeUtc < DateTime.UtcNow - TimeSpan.FromMinutes(10))
                {
                    file.Delete();
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Left for the next build; a stray temporary file is never read.
        }
    }

    /// <summary>A path inside the cache as messages show it, relative to the site root.</summary>
    public string Display(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The file that describes one output folder: builds into different folders (a preview, a fork's site) each keep their own.</summary>
    public string OutputManifestPath(string outputPath) =>
        Path.Combine(Folder, $"output-{XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(outputPath))):x16}.bin");

    /// <summary>Saves what changed; a cache that cannot be written only makes the next build slower, so it never fails this one.</summary>
    public void Save(string what, Action write)
    {
        try
        {
            write();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Note($"{what} could not be saved ({error.Message}); the next build reads or renders it again.");
        }
    }
}
