using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PaperSite.Model;

/// <summary>
/// When a paper first appeared, as precisely as its source knows it: a whole day (<c>2017-03-14</c>), a month
/// (<c>2017-03</c>) or a year (<c>2017</c>). BibTeX exports of older papers often give a year and nothing more;
/// keeping exactly that, rather than inventing a day or dropping the date, is what ISO 8601's reduced
/// precision, HTML's <c>&lt;time&gt;</c>, schema.org and Google Scholar's <c>citation_publication_date</c> all allow.
/// </summary>
public sealed record PublicationDate
{
    public PublicationDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a date.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    /// <summary>Known only with <see cref="Month"/>.</summary>
    public int? Day { get; }

    /// <summary>The day, when the source gives one.</summary>
    public DateOnly? WholeDate => Day is { } day ? new DateOnly(Year, Month!.Value, day) : null;

    public static PublicationDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>ISO 8601 at the precision known: <c>2017</c>, <c>2017-03</c> or <c>2017-03-14</c>, the form records are written in.</summary>
    public string Iso => Month is not { } month
        ? Year.ToString("0000", CultureInfo.InvariantCulture)
        : Day is not { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}-{day:00}");

    /// <summary>As readers see it, in the style of the site's other dates: <c>2017</c>, <c>Mar 2017</c>, <c>Mar 14, 2017</c>.</summary>
    public string Text => WholeDate is { } whole
        ? whole.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)
        : Month is { } month
            ? new DateOnly(Year, month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, digits only and padded, each part a real one.</summary>
    public static bool TryParseIso(string text, [NotNullWhen(true)] out PublicationDate? date)
    {
        date = null;
        if (text.Length is not (4 or 7 or 10) || !AllDigitsAt(text, 0, 4) || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PublicationDate(year);
            return true;
        }

        if (text[4] != '-' || !AllDigitsAt(text, 5, 2) || int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture) is not (>= 1 and <= 12 and var month))
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PublicationDate(year, month);
            return true;
        }

        var day = text[7] == '-' && AllDigitsAt(text, 8, 2) ? int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture) : 0;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PublicationDate(year, month, day);
        return true;
    }

    private static bool AllDigitsAt(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Iso;
}
