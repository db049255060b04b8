using DhrLibrary.Search;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// The terms of a report page as lunr's builder would make them: lunr's tokenizer, trimmer, English stop words and
/// stemmer (from DhrLibrary.Search), so the page's query side (lunr.js's own functions) finds the same terms.
/// A stem cache per worker: a report repeats its words, and stemming is most of the cost (~5x fewer calls).
/// </summary>
public sealed class ReportTerms
{
    private readonly Dictionary<string, string?> _stems = new(StringComparer.Ordinal);

    /// <summary>Counts each term of <paramref name="text"/> into <paramref name="counts"/> (cleared first).</summary>
    public void Count(string text, Dictionary<string, int> counts)
    {
        counts.Clear();
        string lower = JsString.ToLowerCase(text);
        foreach (var (start, length) in Tokenizer.Split(lower))
        {
            string token = lower.Substring(start, length);
            if (!_stems.TryGetValue(token, out string? stem))
            {
                string trimmed = Trimmer.Trim(token);
                stem = trimmed.Length == 0 || StopWordFilter.EnglishStopWords.Contains(trimmed) ? null : Stemmer.Stem(trimmed);
                _stems[token] = stem;
            }

            if (stem is not null)
            {
                counts[stem] = counts.GetValueOrDefault(stem) + 1;
            }
        }
    }
}
