using System.Text;
using DhrLibrary.Yaml;

namespace DhrLibrary.Import;

/// <summary>
/// What a review says, for telling reviews apart on import: its summary and its numbered recommendations, as
/// lower-case words. Two seeds with the same CSP, month and title ("Manchester review" is the library's own title
/// for every Manchester review) are the same review only when they say the same thing; when most of what they say
/// is shared (<see cref="SameReviewAt"/> of their word 3-shingles), one is a changed version of the other.
/// </summary>
internal sealed class ReviewContent
{
    /// <summary>
    /// Jaccard similarity of word 3-shingles above which two texts are versions of one review. A maintainer's
    /// corrections or a republished summary keep most shingles (0.8 and above in the tests); two different reviews
    /// by the same partnership share their boilerplate ("That Manchester Community Safety Partnership ...") but
    /// little else (under 0.2 for the seed against a synthetic second review).
    /// </summary>
    public const double SameReviewAt = 0.5;

    private readonly HashSet<string> _shingles;

    private ReviewContent(string words)
    {
        Words = words;
        _shingles = Shingles(words);
    }

    /// <summary>The summary, then each recommendation as "n: its words", in lower case with punctuation dropped.</summary>
    public string Words { get; }

    /// <summary>Reads a review file's body and recommendation texts; null when it has no readable front matter.</summary>
    public static ReviewContent? FromFile(string text)
    {
        var split = FrontMatter.Split(text);
        if (split is null)
        {
            return null;
        }

        var words = new StringBuilder(WordsOf(split.Body));
        try
        {
            if (YamlTreeReader.Read(split.Yaml) is YMapping map && map["recommendations"] is YSequence recommendations)
            {
                foreach (var item in recommendations.Items.OfType<YMapping>())
                {
                    string number = item["number"] is YScalar n ? n.Value.Trim() : "?";
                    string said = item["text"] is YScalar t ? t.Value : "";
                    words.Append(" | ").Append(number).Append(": ").Append(WordsOf(said));
                }
            }
        }
        catch (YamlSyntaxException)
        {
            // The body alone still tells the review apart.
        }

        return new ReviewContent(words.ToString());
    }

    public bool SameAs(ReviewContent other) => Words == other.Words;

    /// <summary>Jaccard similarity of the two texts' word 3-shingles (1 for two empty texts).</summary>
    public double Similarity(ReviewContent other)
    {
        if (_shingles.Count == 0 && other._shingles.Count == 0)
        {
            return 1;
        }

        int shared = _shingles.Count(other._shingles.Contains);
        return (double)shared / (_shingles.Count + other._shingles.Count - shared);
    }

    private static string WordsOf(string text)
    {
        var words = new StringBuilder(text.Length);
        bool gap = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else if (c is not '\'' and not '’')
            {
                gap = true;
            }
        }

        return words.ToString();
    }

    private static HashSet<string> Shingles(string words)
    {
        var tokens = words.Split([' ', '|', ':'], StringSplitOptions.RemoveEmptyEntries);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            shingles.Add(string.Join(' ', tokens, i, 3));
        }

        if (tokens.Length is > 0 and < 3)
        {
            shingles.Add(string.Join(' ', tokens));
        }

        return shingles;
    }
}
