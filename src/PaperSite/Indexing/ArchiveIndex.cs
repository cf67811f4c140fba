using System.Collections.Immutable;
using PaperSite.Model;

namespace PaperSite.Indexing;

/// <summary>
/// Every way the site slices the archive, computed once so that no page scans all papers. Papers are held
/// once, newest first (<see cref="Papers"/>); every slice is a list of positions into that array, so the views
/// made later line up with it by position, and a slice's positions in ascending order are its papers newest
/// first. Every collection here has a defined order, whatever order the records were read in.
/// </summary>
internal sealed record ArchiveIndex(
    ImmutableArray<Paper> Papers,
    ImmutableArray<ImmutableArray<Tag>> TagsOf,
    ImmutableArray<ImmutableArray<AuthorGroup?>> AuthorPagesOf,
    ImmutableArray<PaperGroup<DateOnly>> Days,
    ImmutableArray<PaperGroup<IsoWeek>> Weeks,
    ImmutableArray<PaperGroup<YearMonth>> Months,
    ImmutableArray<TagGroup> Tags,
    ImmutableArray<AuthorGroup> Authors);

/// <summary>
/// A slice of the archive under one key (a day, a week, a month), oldest key first in its list; its papers
/// are positions in <see cref="ArchiveIndex.Papers"/>, newest first.
/// </summary>
internal sealed record PaperGroup<TKey>(TKey Key, ImmutableArray<int> Papers)
{
    /// <summary>The newest day with a paper in the slice.</summary>
    public DateOnly NewestDate(ArchiveIndex index) => index.Papers[Papers[0]].Date;
}

/// <summary>One tag with its papers, newest first.</summary>
internal sealed record TagGroup(Tag Tag, ImmutableArray<int> Papers);

/// <summary>
/// One author who has a page: every spelling that differs only in case or white space is one author
/// (<see cref="Key"/>), shown under its most used spelling, with their papers newest first.
/// </summary>
internal sealed record AuthorGroup(string Key, string Name, string Slug, ImmutableArray<int> Papers);

/// <summary>An ISO 8601 week: weeks start on Monday, and week 1 is the one holding the year's first Thursday.</summary>
internal readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(System.Globalization.ISOWeek.GetYear(day), System.Globalization.ISOWeek.GetWeekOfYear(day));
    }

    public DateOnly Monday => DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);
}

/// <summary>A calendar month.</summary>
internal readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly First => new(Year, Month, 1);

    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);
}
