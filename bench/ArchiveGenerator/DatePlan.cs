namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Which day each paper is listed under, about 25 papers a day over the N/25 days up to
/// <see cref="LastDay"/>, and each paper's arXiv number within its month (numbers are handed out in
/// paper order, so ids are unique however large the archive).
/// </summary>
internal sealed class DatePlan
{
    /// <summary>Fixed rather than today, so a seed always gives the same archive.</summary>
    public static readonly DateOnly LastDay = new(2025, 10, 31);

    public const int PapersPerDay = 25;

    private readonly DateOnly[] _dates;
    private readonly int[] _numbers;

    public DatePlan(int papers, int seed)
    {
        DayCount = Math.Max(1, (int)Math.Round(papers / (double)PapersPerDay));
        FirstDay = LastDay.AddDays(-(DayCount - 1));
        _dates = new DateOnly[papers];
        _numbers = new int[papers];
        var perMonth = new Dictionary<int, int>();
        for (var index = 0; index < papers; index++)
        {
            var date = FirstDay.AddDays(Prng.For(seed, RandomStreams.Date, index).Next(DayCount));
            var month = (date.Year * 100) + date.Month;
            perMonth[month] = perMonth.GetValueOrDefault(month) + 1;
            _dates[index] = date;
            _numbers[index] = perMonth[month];
        }
    }

    public int DayCount { get; }

    public DateOnly FirstDay { get; }

    public DateOnly DateOf(int index) => _dates[index];

    /// <summary>1 for the month's first paper, 2 for the next, ...</summary>
    public int NumberInMonth(int index) => _numbers[index];

    /// <summary>Every (year, month) that has a paper, for creating the record folders up front.</summary>
    public IEnumerable<(int Year, int Month)> Months() => _dates.Select(d => (d.Year, d.Month)).Distinct().Order();
}
