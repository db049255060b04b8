using System.Text.RegularExpressions;

namespace DhrLibrary.Validation;

/// <summary>
/// Finds what looks like personal data in one line of a review: NHS numbers (with a valid check digit),
/// dates of birth, UK phone numbers and full UK postcodes. Web addresses are skipped, since report links
/// often carry long numbers. Where two findings overlap, the more specific one is kept.
/// </summary>
public static partial class PersonalDataScanner
{
    private const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private const string Date =
        @"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)"
        + @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+\d{4}"
        + @"|" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})";

    public static IReadOnlyList<PersonalDataMatch> Scan(string line)
    {
        // Both lists hold intervals that never overlap, sorted by start, so an overlap test looks only at the
        // neighbours found by binary search: linear overall where scanning every earlier finding was quadratic
        // (100,000 postcodes on one line took 16 s).
        var urls = Url().Matches(line).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var taken = new List<(int Index, int End)>();
        var found = new List<PersonalDataMatch>();

        void Add(PersonalDataKind kind, Match m)
        {
            var span = (m.Index, End: m.Index + m.Length);
            if (!Overlaps(urls, span) && !Overlaps(taken, span))
            {
                int at = taken.BinarySearch(span);
                taken.Insert(at < 0 ? ~at : at, span);
                found.Add(new PersonalDataMatch(kind, m.Index, m.Length));
            }
        }

        foreach (Match m in NhsCandidate().Matches(line))
        {
            if (NhsNumber.IsValid(string.Concat(m.Value.Where(char.IsAsciiDigit))))
            {
                Add(PersonalDataKind.NhsNumber, m);
            }
        }

        foreach (Match m in DateOfBirth().Matches(line))
        {
            Add(PersonalDataKind.DateOfBirth, m);
        }

        foreach (Match m in PhoneCandidate().Matches(line))
        {
            // The national number after 0 or +44: 9 or 10 digits for 01, 02, 03 and 07 numbers.
            int digits = m.Groups["national"].Value.Count(char.IsAsciiDigit);
            if (digits is 9 or 10)
            {
                Add(PersonalDataKind.PhoneNumber, m);
            }
        }

        foreach (Match m in Postcode().Matches(line))
        {
            Add(PersonalDataKind.Postcode, m);
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static bool Overlaps(List<(int Index, int End)> sorted, (int Index, int End) span)
    {
        int at = sorted.BinarySearch(span);
        at = at < 0 ? ~at : at;
        return (at < sorted.Count && sorted[at].Index < span.End) || (at > 0 && sorted[at - 1].End > span.Index);
    }

    public static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.NhsNumber => "an NHS number (10 digits with a valid check digit)",
        PersonalDataKind.DateOfBirth => "a date of birth",
        PersonalDataKind.PhoneNumber => "a UK phone number",
        _ => "a full UK postcode",
    };

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    // Ten digits, or 3-3-4 with the same space or hyphen between the groups.
    [GeneratedRegex(@"(?<![\d.,/])\d{3}([ -]?)\d{3}\1\d{4}(?![\d])")]
    private static partial Regex NhsCandidate();

    // "DOB" always; "date of birth" when a colon or a date follows; "born (on) <date>".
    [GeneratedRegex(@"(?:\bDOB\b|\bD\.O\.B\b\.?)(?:\s*(?:[:\-–]\s*)?" + Date + @")?"
        + @"|(?i:\bdate\s+of\s+birth\b)(?:\s*:\s*(?:" + Date + @")?|\s*(?:(?:[\-–]|(?i:\b(?:was|is|of)\b))\s*)?" + Date + @")"
        + @"|(?i:\bborn\b)\s+(?i:(?:on\s+)?(?:the\s+)?)" + Date)]
    private static partial Regex DateOfBirth();

    [GeneratedRegex(@"(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)(?<national>[1237]\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4})(?![\d])")]
    private static partial Regex PhoneCandidate();

    // Full postcodes in capitals (outward code, optional space, inward code), after the GOV.UK pattern.
    [GeneratedRegex(@"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b")]
    private static partial Regex Postcode();
}
