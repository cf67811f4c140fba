using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PaperSite.Cli.Serving;

/// <summary>
/// Watches a site's sources, <c>input/</c> and <c>theme/</c>, and hands out changes in batches: a batch
/// ends once the sources have been quiet for a while, so a save that writes a file several times, or a
/// checkout that changes hundreds, is one rebuild. A source folder created or removed while serving is
/// noticed through a watcher on the root itself, which does not descend into the root's other folders.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly string[] SourceFolders = ["input", "theme"];

    private readonly string _root;
    private readonly TimeSpan _quiet;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private bool _disposed;

    public SiteWatcher(string root, TimeSpan quiet)
    {
        _root = root;
        _quiet = quiet;
        _rootWatcher = new FileSystemWatcher(root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        _rootWatcher.Created += OnRootChanged;
        _rootWatcher.Deleted += OnRootChanged;
        _rootWatcher.Renamed += OnRootChanged;
        _rootWatcher.EnableRaisingEvents = true;
        lock (_gate)
        {
            foreach (var name in SourceFolders)
            {
                Watch(name);
            }
        }
    }

    /// <summary>Batches of changed paths, relative to the root, each once, in the order they first changed.</summary>
    public async IAsyncEnumerable<IReadOnlyList<string>> ReadBatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            var batch = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                while (reader.TryRead(out var path))
                {
                    if (seen.Add(path))
                    {
                        batch.Add(path);
                    }
                }
            }
            while (await MoreWithinQuietPeriodAsync(reader, cancellationToken));

            yield return batch;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folders.Values)
            {
                watcher.Dispose();
            }

            _folders.Clear();
        }

        _changes.Writer.TryComplete();
    }

    private async Task<bool> MoreWithinQuietPeriodAsync(ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(_quiet);
        try
        {
            return await reader.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>(Re)starts watching one source folder, if it exists. Called under the lock.</summary>
    private void Watch(string name)
    {
        if (_disposed)
        {
            return;
        }

        if (_folders.Remove(name, out var previous))
        {
            previous.Dispose();
        }

        var folder = Path.Combine(_root, name);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnSourceChanged;
        watcher.Created += OnSourceChanged;
        watcher.Deleted += OnSourceChanged;
        watcher.Renamed += OnSourceChanged;
        // Events were lost (the kernel's queue overflowed): something changed, so rebuild.
        watcher.Error += (_, _) => Signal(folder);
        watcher.EnableRaisingEvents = true;
        _folders[name] = watcher;
    }

    private void OnRootChanged(object sender, FileSystemEventArgs change)
    {
        var names = change is RenamedEventArgs renamed ? new[] { renamed.Name, renamed.OldName } : [change.Name];
        foreach (var name in names.OfType<string>().Where(n => SourceFolders.Contains(n, StringComparer.Ordinal)).Distinct())
        {
            lock (_gate)
            {
                Watch(name);
            }

            Signal(Path.Combine(_root, name));
        }
    }

    private void OnSourceChanged(object sender, FileSystemEventArgs change) => Signal(change.FullPath);

    private void Signal(string fullPath) => _changes.Writer.TryWrite(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));
}
