using System.Runtime.InteropServices;
using DhrLibrary.Search;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// The terms of a text as lunr's builder would make them: lunr's tokenizer, trimmer, English stop words and stemmer
/// (from DhrLibrary.Search), so the page's query side (lunr.js's own functions) finds the same terms. Used for the
/// report pages' terms and the pairs of neighbouring terms that answer "quoted phrases".
/// A stem cache per worker: a text repeats its words, and stemming is most of the cost (~5x fewer calls). The cache is
/// asked with the token's span, so a word already seen allocates nothing (120,000 report pages are ~45 million words).
/// </summary>
public sealed class TermStems
{
    private readonly Dictionary<string, string?> _stems;
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TermStems()
    {
        _stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        _bySpan = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Counts each term of <paramref name="text"/> into <paramref name="counts"/> (cleared first).</summary>
    public void Count(string text, Dictionary<string, int> counts)
    {
        counts.Clear();
        string lower = JsString.ToLowerCase(text);
        foreach (var (start, length) in Tokenizer.Split(lower))
        {
            if (StemOf(lower.AsSpan(start, length)) is { } stem)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, stem, out _)++;
            }
        }
    }

    /// <summary>The terms of <paramref name="text"/> in order, stop words left out (as a phrase is read).</summary>
    public List<string> Sequence(string text)
    {
        var terms = new List<string>();
        string lower = JsString.ToLowerCase(text);
        foreach (var (start, length) in Tokenizer.Split(lower))
        {
            if (StemOf(lower.AsSpan(start, length)) is { } stem)
            {
                terms.Add(stem);
            }
        }

        return terms;
    }

    private string? StemOf(ReadOnlySpan<char> span)
    {
        if (!_bySpan.TryGetValue(span, out string? stem))
        {
            string token = span.ToString();
            string trimmed = Trimmer.Trim(token);
            stem = trimmed.Length == 0 || StopWordFilter.EnglishStopWords.Contains(trimmed) ? null : Stemmer.Stem(trimmed);
            _stems[token] = stem;
        }

        return stem;
    }
}
