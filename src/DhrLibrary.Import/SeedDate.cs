using System.Globalization;
using System.Text.RegularExpressions;
using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>Reads the <c>Published:</c> value of a seed: <c>May 2023</c>, <c>14 March 2021</c>, <c>14th Mar 2021</c> or ISO <c>2023-05</c>.</summary>
internal static partial class SeedDate
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool TryParse(string text, out PublishedDate date)
    {
        text = text.Trim().TrimEnd('.');
        if (PublishedDate.TryParse(text, out date))
        {
            return true;
        }

        var match = DayMonthYear().Match(text);
        if (!match.Success || Month(match.Groups["month"].Value) is not int month)
        {
            return false;
        }

        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        string iso = day is int d ? $"{year:D4}-{month:D2}-{d:D2}" : $"{year:D4}-{month:D2}";
        return PublishedDate.TryParse(iso, out date);
    }

    // Full names and the usual abbreviations ("Sep", "Sept").
    private static int? Month(string name)
    {
        for (int i = 0; i < Months.Length; i++)
        {
            if (Months[i].Equals(name, StringComparison.OrdinalIgnoreCase)
                || (name.Length >= 3 && Months[i].StartsWith(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>[A-Za-z]+)\.?,?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();
}
