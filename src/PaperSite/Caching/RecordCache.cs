using System.Collections.Concurrent;
using System.IO.Hashing;
using PaperSite.Diagnostics;
using PaperSite.Loading;
using PaperSite.Model;

namespace PaperSite.Caching;

/// <summary>
/// Records as they were parsed, keyed by path, so a build reads and parses only the records that changed. A
/// cached record is used without reading its file when the file's size and modification time are the ones seen
/// when it was parsed, and that time was at least <see cref="RacyMargin"/> before that build looked (as git does
/// for its index: a file changed twice within one tick of the clock could keep its time, so a recent time proves
/// nothing). Otherwise the file is read and its content hash compared, and only a different file is parsed
/// again. The warnings a record gave are kept with it and reported again, exactly as parsing would.
/// <para>
/// It is two files. <see cref="FileName"/> holds what a build needs to know a record is unchanged (path, size, time,
/// hash, warnings: about 200 bytes a record); <see cref="PapersFileName"/> holds the parsed papers, in the same order,
/// and is read only when a build needs them. So a build that finds every record unchanged reads a fortieth of the
/// cache. Both carry one generation, written papers first: a build killed between the two renames leaves files of
/// different generations, and then the papers are not used.
/// </para>
/// </summary>
internal sealed class RecordCache
{
    public const string FileName = "records.bin";
    public const string PapersFileName = "papers.bin";
    private const string Kind = "records";
    private const string PapersKind = "papers";

    /// <summary>Wider than any file system's timestamp step (FAT's is 2 s).</summary>
    private static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(3);

    private FrozenRecords _previous;
    private readonly ConcurrentDictionary<string, CachedRecord> _current = new(StringComparer.Ordinal);
    private readonly long _lookedAt;
    private readonly string _path;
    private readonly Lazy<PreviousPapers?> _previousPapers;
    private Abstracts.MathMacros _macros = Abstracts.MathMacros.None;
    private Text.TextStore? _abstracts;
    private int _changed;
    private int _parsed;
    private int _readUnchanged;
    private int _trusted;
    private bool _allTrusted;

    private RecordCache(string path, FrozenRecords previous, long lookedAt, BuildCache? cache = null)
    {
        _path = path;
        _lookedAt = lookedAt;
        _previous = previous;
        _previousPapers = new Lazy<PreviousPapers?>(() => cache is null || previous.Records.Count == 0 ? PreviousPapers.None : LoadPapers(cache, path, previous, _abstracts), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>From now on, every paper this cache gives (read from the papers file or parsed) has its abstract kept in <paramref name="store"/>; call before the papers are read.</summary>
    public void KeepAbstractsIn(Text.TextStore store) => _abstracts = store;

    /// <summary>
    /// The site's math macros, which parsing renders formulas with. Records cached under other macros are
    /// parsed again: their HTML would differ.
    /// </summary>
    public void ParseWith(Abstracts.MathMacros macros)
    {
        _macros = macros;
        if (_previous.Macros != macros.Fingerprint)
        {
            _previous = FrozenRecords.Empty;
        }
    }

    /// <summary>Whether the records read differ from the ones cached: only then is the cache written again.</summary>
    public bool Changed => Volatile.Read(ref _changed) != 0 || _current.Count != _previous.Records.Count;

    /// <summary>
    /// Reads the cached papers now, on all cores, when any are cached: before the records are read in parallel, whose
    /// threads would otherwise wait on the first of them to read the file. From here the records are read one by one,
    /// so what <see cref="AllTrusted"/> found no longer answers for them: the counts, <see cref="Contents"/> and
    /// <see cref="Changed"/> (a papers file that could not be used is written again) come from what is read.
    /// </summary>
    public void ReadCachedPapers()
    {
        _allTrusted = false;
        if (_previous.Records.Count > 0)
        {
            _ = _previousPapers.Value;
        }
    }

    /// <summary>How many records the cache holds from the last build.</summary>
    public int PreviousCount => _previous.Records.Count;

    /// <summary>
    /// Whether <paramref name="files"/> are exactly the records cached, each unchanged by size and time: then nothing
    /// about any record need be read, and <see cref="Contents"/> and <see cref="ReportTrusted"/> answer from the cache.
    /// </summary>
    public bool AllTrusted(IReadOnlyList<FileInfo> files, Func<FileInfo, string> relative)
    {
        if (files.Count != _previous.Records.Count || files.Count == 0)
        {
            return false;
        }

        foreach (var file in files)
        {
            if (!_previous.Records.TryGetValue(relative(file), out var cached) || !IsTrusted(cached, file.Length, file.LastWriteTimeUtc.Ticks))
            {
                return false;
            }
        }

        _allTrusted = true;
        return true;
    }

    /// <summary>After <see cref="AllTrusted"/>, the warnings every record gave when it was parsed, as reading them would report them.</summary>
    public void ReportTrusted(DiagnosticBag diagnostics)
    {
        foreach (var record in _previous.Records.Values)
        {
            diagnostics.AddRange(record.Diagnostics);
        }
    }

    /// <param name="lookingAt">When this build began to look at the record files (UTC ticks): its records are trusted next time only if older.</param>
    public static RecordCache Load(BuildCache cache, long lookingAt)
    {
        var path = Path.Combine(cache.Folder, FileName);
        if (!File.Exists(path))
        {
            cache.Note(Directory.Exists(cache.Folder) ? $"{cache.Display(path)} is missing; every record is read." : $"none yet ({BuildCache.FolderName}/ is made now); this is a full build.");
            return new RecordCache(path, FrozenRecords.Empty, lookingAt);
        }

        try
        {
            using var reader = new CacheFile.Reader(path);
            if (!reader.Header.IsCurrent(Kind))
            {
                cache.Note($"{cache.Display(path)} was written by another version of PaperSite; every record is read.");
                return new RecordCache(path, FrozenRecords.Empty, lookingAt);
            }

            var records = new Dictionary<string, CachedStat>(reader.Header.Count, StringComparer.Ordinal);
            var ordinal = 0;
            foreach (var entry in CacheFile.Decode(reader, CacheJson.Files.CachedStat))
            {
                records[entry.Path] = entry with { Ordinal = ordinal++ };
            }

            // The key holds when the records were looked at, the papers' generation and the macros they were parsed with.
            var key = reader.Header.Key.Split(' ', 3);
            if (key.Length != 3)
            {
                throw new InvalidDataException("its key is not one this version writes");
            }

            var lookedAt = long.Parse(key[0], System.Globalization.CultureInfo.InvariantCulture);
            return new RecordCache(path, new FrozenRecords(records, lookedAt - RacyMargin.Ticks, key[2], key[1]), lookingAt, cache);
        }
        catch (Exception error) when (CacheFile.Unusable(error))
        {
            cache.Note($"{cache.Display(path)} cannot be used ({CacheFile.Reason(error)}); every record is read.");
            return new RecordCache(path, FrozenRecords.Empty, lookingAt);
        }
    }

    /// <summary>A cache that remembers nothing: every record is parsed.</summary>
    public static RecordCache None() => new("", FrozenRecords.Empty, DateTime.UtcNow.Ticks);

    /// <summary>The paper in <paramref name="file"/>, from the cache when that is provably the same file; its diagnostics go to <paramref name="diagnostics"/> either way.</summary>
    public Paper? Read(FileInfo file, string relative, DiagnosticBag diagnostics)
    {
        var size = file.Length;
        var modified = file.LastWriteTimeUtc.Ticks;
        _previous.Records.TryGetValue(relative, out var stat);
        var cached = stat is null ? null : Previous(stat);
        if (cached is not null && IsTrusted(stat!, size, modified))
        {
            Interlocked.Increment(ref _trusted);
            return Use(cached, cached, diagnostics);
        }

        var found = new DiagnosticBag();
        var bytes = SourceFile.Read(file.FullName, relative, found);
        Paper? paper = null;
        if (bytes is not null)
        {
            var hash = Convert.ToHexString(XxHash128.Hash(bytes));
            if (cached is not null && cached.Hash == hash)
            {
                Interlocked.Increment(ref _readUnchanged);
                return Use(cached with { Size = size, Modified = modified }, cached, diagnostics);
            }

            Interlocked.Increment(ref _parsed);
            paper = PaperRecordReader.Read(bytes, relative, found, _macros);
            if (paper is not null && _abstracts is not null)
            {
                paper = paper.WithAbstractKeptIn(_abstracts);
            }
            var problems = found.ToSortedList();
            if (paper is not null && !found.HasErrors)
            {
                _current[relative] = new CachedRecord(relative, size, modified, hash, paper, [.. problems]);
            }
        }

        Volatile.Write(ref _changed, 1);
        diagnostics.AddRange(found.ToSortedList());
        return paper;
    }

    /// <summary>How the records were had, for the notes: parsed, read and found unchanged, or known unchanged by size and time.</summary>
    public string Summary() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"records: {_parsed} parsed, {_readUnchanged} read and found unchanged, {(_allTrusted ? _previous.Records.Count : _trusted)} unchanged by size and time.");

    /// <summary>Each record's path and content hash, sorted: with the settings and the theme, what the whole site is made from.</summary>
    public IEnumerable<(string Path, string Hash)> Contents() => _allTrusted
        ? _previous.Records.Values.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Path, r.Hash))
        : _current.Values.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Path, r.Hash));

    /// <summary>Writes the records read by this build (only those: a deleted record's entry goes) when anything changed.</summary>
    public void Save(BuildCache cache)
    {
        if (!Changed || _path.Length == 0)
        {
            return;
        }

        var records = _current.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var generation = Guid.NewGuid().ToString("N");
        var papers = new CacheHeader(PapersKind, CacheFile.FormatVersion, BuildCache.EngineVersion, null, records.Count, generation);
        var stats = new CacheHeader(Kind, CacheFile.FormatVersion, BuildCache.EngineVersion, null, records.Count,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_lookedAt} {generation} {_macros.Fingerprint}"));
        cache.Save(cache.Display(_path), () =>
        {
            CacheFile.Write(PapersPath(_path), papers, PaperEntries(records));
            CacheFile.Write(_path, stats, CacheFile.Encode(records, r => new CachedStat(r.Path, r.Size, r.Modified, r.Hash, r.Diagnostics), CacheJson.Files.CachedStat));
        });
    }

    private Paper Use(CachedRecord now, CachedRecord cached, DiagnosticBag diagnostics)
    {
        _current[now.Path] = now;
        if (!ReferenceEquals(now, cached))
        {
            Volatile.Write(ref _changed, 1);
        }

        diagnostics.AddRange(now.Diagnostics);
        return now.Paper;
    }

    /// <summary>
    /// The papers file's entries for <paramref name="records"/>: a paper read from the last papers file is copied from it
    /// as it was, not serialised again. The old file is closed when the entries end, before the new one is renamed over it.
    /// </summary>
    private IEnumerable<byte[]> PaperEntries(IReadOnlyList<CachedRecord> records)
    {
        using var previous = OpenPreviousPapers();
        foreach (var entry in CacheFile.Encode(records, r => r.Paper, CacheJson.Files.Paper,
            r => previous is not null && r.Entry is { } location ? CacheFile.ReadAt(previous, location) : null))
        {
            yield return entry;
        }
    }

    /// <summary>The papers file the cached papers were read from, open for reading, or null when none were read.</summary>
    private Microsoft.Win32.SafeHandles.SafeFileHandle? OpenPreviousPapers()
    {
        if (!_previousPapers.IsValueCreated || _previousPapers.Value is not { Locations.Length: > 0 })
        {
            return null;
        }

        try
        {
            return File.OpenHandle(PapersPath(_path), FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string PapersPath(string recordsPath) => Path.Combine(Path.GetDirectoryName(recordsPath)!, PapersFileName);

    private bool IsTrusted(CachedStat cached, long size, long modified) =>
        cached.Size == size && cached.Modified == modified && modified < _previous.TrustedBefore;

    /// <summary>The cached record, paper and all, or null when the papers file cannot be used.</summary>
    private CachedRecord? Previous(CachedStat stat) =>
        _previousPapers.Value is { } previous && stat.Ordinal < previous.Papers.Length
            ? new CachedRecord(stat.Path, stat.Size, stat.Modified, stat.Hash, previous.Papers[stat.Ordinal], stat.Diagnostics) { Entry = previous.Locations[stat.Ordinal] }
            : null;

    /// <summary>The papers of the last build, in the order of <see cref="FileName"/>'s entries; null, with a note, when they cannot be used.</summary>
    private static PreviousPapers? LoadPapers(BuildCache cache, string recordsPath, FrozenRecords previous, Text.TextStore? abstracts)
    {
        var path = PapersPath(recordsPath);
        try
        {
            using var reader = new CacheFile.Reader(path);
            if (!reader.Header.IsCurrent(PapersKind)
                || reader.Header.Key != previous.Generation || reader.Header.Count != previous.Records.Count)
            {
                cache.Note($"{cache.Display(path)} does not belong with {cache.Display(recordsPath)}; every record is read.");
                return null;
            }

            var locations = new List<CacheFile.EntryLocation>(reader.Header.Count);
            Paper[] papers = [.. CacheFile.Decode(reader, CacheJson.Files.Paper, locations, abstracts is null ? null : paper => paper.WithAbstractKeptIn(abstracts))];
            return new PreviousPapers(papers, [.. locations]);
        }
        catch (Exception error) when (CacheFile.Unusable(error))
        {
            cache.Note($"{cache.Display(path)} cannot be used ({CacheFile.Reason(error)}); every record is read.");
            return null;
        }
    }

    /// <summary>The papers of the last build and where each lies in the papers file.</summary>
    private sealed record PreviousPapers(Paper[] Papers, CacheFile.EntryLocation[] Locations)
    {
        public static readonly PreviousPapers None = new([], []);
    }

    private sealed record FrozenRecords(Dictionary<string, CachedStat> Records, long TrustedBefore, string Macros, string Generation)
    {
        public static readonly FrozenRecords Empty = new(new Dictionary<string, CachedStat>(StringComparer.Ordinal), long.MinValue, "", "");
    }
}

/// <summary>One parsed record: the file it came from as it was when read, the paper, and the warnings it gave.</summary>
internal sealed record CachedRecord(string Path, long Size, long Modified, string Hash, Paper Paper, Diagnostic[] Diagnostics)
{
    /// <summary>For a paper read from the papers file, where its entry lies there, so saving can copy it instead of serialising it.</summary>
    public CacheFile.EntryLocation? Entry { get; init; }
}

/// <summary>What the cache keeps of a record to know it unchanged without its paper; <see cref="Ordinal"/> is its place in the papers file.</summary>
internal sealed record CachedStat(string Path, long Size, long Modified, string Hash, Diagnostic[] Diagnostics)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Ordinal { get; init; }
}
