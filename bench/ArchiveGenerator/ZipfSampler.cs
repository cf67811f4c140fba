namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, the long tail real tag use has:
/// a few tags on thousands of papers (many tag pages to paginate), hundreds on a handful.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Sample(Prng random)
    {
        var found = Array.BinarySearch(_cumulative, random.NextDouble());
        var rank = found >= 0 ? found : ~found;
        return Math.Min(rank, _cumulative.Length - 1);
    }
}
