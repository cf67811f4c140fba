using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text.Json;
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
/// </summary>
internal sealed class RecordCache
{
    public const string FileName = "records.bin";
    private const string Kind = "records";

    /// <summary>Wider than any file system's timestamp step (FAT's is 2 s).</summary>
    private static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(3);

    private FrozenRecords _previous;
    private readonly ConcurrentDictionary<string, CachedRecord> _current = new(StringComparer.Ordinal);
    private readonly long _lookedAt = DateTime.UtcNow.Ticks;
    private readonly string _path;
    private Abstracts.MathMacros _macros = Abstracts.MathMacros.None;
    private int _changed;
    private int _parsed;
    private int _readUnchanged;
    private int _trusted;

    private RecordCache(string path, FrozenRecords previous)
    {
        _path = path;
        _previous = previous;
    }

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

    public static RecordCache Load(BuildCache cache)
    {
        var path = Path.Combine(cache.Folder, FileName);
        if (!File.Exists(path))
        {
            cache.Note(Directory.Exists(cache.Folder) ? $"{cache.Display(path)} is missing; every record is read." : $"none yet ({BuildCache.FolderName}/ is made now); this is a full build.");
            return new RecordCache(path, FrozenRecords.Empty);
        }

        try
        {
            using var reader = new CacheFile.Reader(path);
            if (reader.Header.Kind != Kind || reader.Header.Format != CacheFile.FormatVersion || reader.Header.Engine != BuildCache.EngineVersion)
            {
                cache.Note($"{cache.Display(path)} was written by another version of PaperSite; every record is read.");
                return new RecordCache(path, FrozenRecords.Empty);
            }

            var records = new Dictionary<string, CachedRecord>(reader.Header.Count, StringComparer.Ordinal);
            var batch = new List<byte[]>(1024);
            var decoded = new CachedRecord[batch.Capacity];
            while (true)
            {
                var entry = reader.Next();
                if (entry is not null)
                {
                    batch.Add(entry);
                }

                if (batch.Count == batch.Capacity || (entry is null && batch.Count > 0))
                {
                    Parallel.For(0, batch.Count, i => decoded[i] = JsonSerializer.Deserialize(batch[i], CacheJson.Default.CachedRecord) ?? throw new InvalidDataException("an entry is empty"));
                    for (var i = 0; i < batch.Count; i++)
                    {
                        records[decoded[i].Path] = decoded[i];
                    }

                    batch.Clear();
                }

                if (entry is null)
                {
                    break;
                }
            }

            // The key holds when the records were looked at and the macros they were parsed with.
            var key = reader.Header.Key.Split(' ', 2);
            var lookedAt = long.Parse(key[0], System.Globalization.CultureInfo.InvariantCulture);
            return new RecordCache(path, new FrozenRecords(records, lookedAt - RacyMargin.Ticks, key.Length > 1 ? key[1] : ""));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException or OverflowException or AggregateException)
        {
            cache.Note($"{cache.Display(path)} cannot be used ({Reason(error)}); every record is read.");
            return new RecordCache(path, FrozenRecords.Empty);
        }
    }

    /// <summary>A cache that remembers nothing: every record is parsed.</summary>
    public static RecordCache None() => new("", FrozenRecords.Empty);

    /// <summary>The paper in <paramref name="file"/>, from the cache when that is provably the same file; its diagnostics go to <paramref name="diagnostics"/> either way.</summary>
    public Paper? Read(FileInfo file, string relative, DiagnosticBag diagnostics)
    {
        var size = file.Length;
        var modified = file.LastWriteTimeUtc.Ticks;
        _previous.Records.TryGetValue(relative, out var cached);
        if (cached is not null && cached.Size == size && cached.Modified == modified && modified < _previous.TrustedBefore)
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
        $"records: {_parsed} parsed, {_readUnchanged} read and found unchanged, {_trusted} unchanged by size and time.");

    /// <summary>Each record's path and content hash, sorted: with the settings and the theme, what the whole site is made from.</summary>
    public IEnumerable<(string Path, string Hash)> Contents() =>
        _current.Values.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Path, r.Hash));

    /// <summary>Writes the records read by this build (only those: a deleted record's entry goes) when anything changed.</summary>
    public void Save(BuildCache cache)
    {
        if (!Changed || _path.Length == 0)
        {
            return;
        }

        var records = _current.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var header = new CacheHeader(Kind, CacheFile.FormatVersion, BuildCache.EngineVersion, null, records.Count, _lookedAt.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + _macros.Fingerprint);
        cache.Save(cache.Display(_path), () => CacheFile.Write(_path, header, records.Select(r => JsonSerializer.SerializeToUtf8Bytes(r, CacheJson.Default.CachedRecord))));
    }

    internal static string Reason(Exception error) => error is AggregateException { InnerException: { } inner } ? Reason(inner) : error.Message.TrimEnd('.');

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

    private sealed record FrozenRecords(Dictionary<string, CachedRecord> Records, long TrustedBefore, string Macros)
    {
        public static readonly FrozenRecords Empty = new(new Dictionary<string, CachedRecord>(StringComparer.Ordinal), long.MinValue, "");
    }
}

/// <summary>One parsed record: the file it came from as it was when read, the paper, and the warnings it gave.</summary>
internal sealed record CachedRecord(string Path, long Size, long Modified, string Hash, Paper Paper, Diagnostic[] Diagnostics);
