using System.IO.Hashing;
using System.Text;
using DhrLibrary.Reports;
using DhrLibrary.Search;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The key a cached <see cref="ReportPart"/> must carry to be used: the part file's format, the text's, the index's
/// (and its text block), and a fingerprint of the tokenizer: the terms it makes of a probe text holding every stop
/// word and words that take each of the stemmer's rules. A change to the tokenizer, trimmer, stop words or stemmer
/// that changes any of them changes the key, so the cache's old counts are made again rather than read; bump
/// <see cref="Format"/> for a change the probe cannot see.
/// </summary>
public static class ReportPartKey
{
    public const string Format = "dhr-report-part/4";

    // Porter's examples for each step, a few words of the reports, and what the tokenizer and trimmer must split or
    // keep: hyphens, apostrophes, brackets, digits, underscores, letters that lower-case past ASCII.
    private const string Probe =
        "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping " +
        "tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci " +
        "digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism " +
        "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize " +
        "electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible " +
        "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective " +
        "bowdlerize probate rate cease controll roll generalizations oscillators safeguarding referrals MARAC IDVA " +
        "Multi-agency multi–agency \"quoted\" 'single' (bracketed) [square] e-mail x.y 2024-03-01 page_23 ÉCOLE İstanbul " +
        "Straße ΣΊΣΥΦΟΣ naïve café tab\there line\nbreak  double  spaced.";

    /// <summary>The key of parts made by this build's tokenizer.</summary>
    public static string Current { get; } = For(new TermStems().Count);

    /// <summary>The key for a tokenizer that counts a text's terms with <paramref name="count"/>.</summary>
    public static string For(Action<string, Dictionary<string, int>> count)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        count(string.Join(' ', StopWordFilter.EnglishStopWords.Order(StringComparer.Ordinal)) + " " + Probe, counts);
        var terms = new StringBuilder();
        foreach (var (term, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            terms.Append(term).Append(' ').Append(n).Append('\n');
        }

        ulong fingerprint = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(terms.ToString()));
        return $"{Format};{ReportText.Format};{ReportIndexWriter.Format};block {ReportIndexWriter.TextBlock};terms {fingerprint:x16}";
    }
}
