using System.Globalization;

namespace DhrLibrary.Content;

/// <summary>A publication date known to the month (`2023-05`) or to the day (`2023-05-14`).</summary>
public readonly record struct PublishedDate(int Year, int Month, int? Day) : IComparable<PublishedDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static bool TryParse(string text, out PublishedDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4 || parts[1].Length != 2 || (parts.Length == 3 && parts[2].Length != 2))
        {
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || month is < 1 or > 12 || year < 1900)
        {
            return false;
        }

        int? day = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d) || d < 1 || d > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            day = d;
        }

        date = new PublishedDate(year, month, day);
        return true;
    }

    /// <summary>`2023-05` or `2023-05-14`, as written in front matter.</summary>
    public string Iso => Day is int d ? $"{Year:D4}-{Month:D2}-{d:D2}" : $"{Year:D4}-{Month:D2}";

    /// <summary>`May 2023` or `14 May 2023`, as readers see it.</summary>
    public string Display => Day is int d ? $"{d} {MonthNames[Month - 1]} {Year}" : $"{MonthNames[Month - 1]} {Year}";

    /// <summary>The first moment the date can stand for, for feeds and sitemaps.</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    public int CompareTo(PublishedDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0)
        {
            c = Month.CompareTo(other.Month);
        }

        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() => Iso;
}
