namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// The independent random streams a paper draws from. Dates have their own, so the date plan can be
/// made in a quick first pass without making the papers.
/// </summary>
internal static class RandomStreams
{
    public const int Date = 1;
    public const int Paper = 2;
}
