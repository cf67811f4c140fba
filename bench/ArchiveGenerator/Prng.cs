namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// SplitMix64. Its sequence is fixed by the algorithm rather than by the runtime (the sequence of a
/// seeded <see cref="Random"/> is an implementation detail), so a seed names one archive on every
/// machine. Each paper draws from its own stream, which lets papers be made in parallel and keeps a
/// paper the same whatever N is.
/// </summary>
internal sealed class Prng(ulong state)
{
    private ulong _state = state;

    /// <summary>The stream for one purpose (<paramref name="stream"/>) and one paper.</summary>
    public static Prng For(int seed, int stream, int index) =>
        new(Mix((ulong)(uint)seed) ^ Mix(((ulong)(uint)stream << 32) | (uint)index));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
