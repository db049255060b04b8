using System.Text;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// Deterministically generated documents (synthetic text, not from any review): words drawn with a
/// Zipf-like skew from <see cref="TestVocabulary"/> and a small domain vocabulary, with punctuation, numbers,
/// hyphenated and accented words, stop words, empty fields, boosts and a few integer-like refs.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] DomainWords =
    [
        "review", "reviews", "reviewed", "agency", "agencies", "police", "health", "housing", "probation",
        "safeguarding", "domestic", "abuse", "homicide", "victim", "perpetrator", "family", "children",
        "recommendation", "recommendations", "training", "risk", "assessment", "marac", "idva", "coercive",
        "control", "stalking", "harassment", "referral", "referrals", "mental", "alcohol", "substance",
        "services", "support", "information", "sharing", "chronology", "panel", "chair", "learning",
        "lessons", "neighbour", "friend", "employer", "gp", "hospital", "emergency", "department", "court",
    ];

    private static readonly string[] StopWords =
        ["the", "and", "of", "to", "a", "in", "was", "that", "with", "for", "on", "by", "her", "his", "not", "be"];

    private static readonly string[] Accented =
        ["Zoë", "Élodie", "café", "naïve", "résumé", "façade", "Muñoz", "Ångström", "crème", "brûlée", "São"];

    private static readonly string[] Places =
        ["Ashford", "Barnsley", "Cardiff", "Derby", "Exeter", "Fareham", "Gateshead", "Hull", "Ipswich", "Kendal"];

    private static readonly Lazy<DocumentSet> LargeSet = new(() => Generate("large-generated", 400, seed: 2017));

    /// <summary>The shared "larger set": a few hundred documents, no metadata.</summary>
    public static DocumentSet Large => LargeSet.Value;

    public static DocumentSet Generate(string name, int documentCount, ulong seed, bool positions = false, int maxSentences = 42)
    {
        var random = new SplitMix64(seed);
        var vocabulary = TestVocabulary.Words;
        var documents = new List<(Dictionary<string, object?>, double?)>(documentCount);
        var queryTerms = new List<string>();
        for (int i = 0; i < documentCount; i++)
        {
            int year = 2011 + (int)random.Next(14);
            string place = Places[random.Next(Places.Length)];
            string docRef = i % 50 == 7 ? (i * 3).ToString() : $"reviews/{year}-{place.ToLowerInvariant()}-{i}/";
            string title = $"{place} {Sentence(random, vocabulary, 3 + (int)random.Next(6), queryTerms)} {year}".TrimEnd('.');
            string summary = i % 13 == 5 ? "" : Sentence(random, vocabulary, 15 + (int)random.Next(30), queryTerms);
            var body = new StringBuilder();
            int sentences = 3 + random.Next(maxSentences - 2);
            for (int s = 0; s < sentences; s++)
            {
                body.Append(Sentence(random, vocabulary, 5 + (int)random.Next(20), queryTerms)).Append(' ');
            }

            var doc = new Dictionary<string, object?>
            {
                ["id"] = docRef,
                ["title"] = title,
                ["summary"] = i % 31 == 3 ? null : summary,
                ["body"] = body.ToString(),
            };
            double? boost = i % 17 == 4 ? 2 : i % 23 == 9 ? 0.5 : null;
            documents.Add((doc, boost));
        }

        return new DocumentSet
        {
            Name = name,
            Fields = [("title", 10), ("summary", 2), ("body", null)],
            MetadataWhitelist = positions ? ["position"] : [],
            Documents = documents,
            Queries = Queries(random, queryTerms),
        };
    }

    private static string Sentence(SplitMix64 random, IReadOnlyList<string> vocabulary, int words, List<string> seen)
    {
        var sentence = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sentence.Append(random.Next(12) == 0 ? ", " : random.Next(40) == 0 ? " — " : " ");
            }

            string word = Word(random, vocabulary);
            if (w == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            if (random.Next(200) == 0)
            {
                seen.Add(word.ToLowerInvariant());
            }

            sentence.Append(random.Next(60) == 0 ? $"({word})" : random.Next(80) == 0 ? $"\"{word}\"" : word);
        }

        return sentence.Append(random.Next(10) == 0 ? ";" : ".").ToString();
    }

    private static string Word(SplitMix64 random, IReadOnlyList<string> vocabulary)
    {
        int kind = random.Next(100);
        return kind switch
        {
            < 30 => StopWords[random.Next(StopWords.Length)],
            < 50 => DomainWords[Skewed(random, DomainWords.Length)],
            < 52 => (random.Next(3000) + 1).ToString(),
            < 54 => $"{Word(random, vocabulary)}-{Word(random, vocabulary)}",
            < 55 => Accented[random.Next(Accented.Length)],
            _ => vocabulary[Skewed(random, vocabulary.Count)],
        };
    }

    // Zipf-like: low ranks are far more frequent, as in real text.
    private static int Skewed(SplitMix64 random, int count)
    {
        double u = random.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u * u));
    }

    private static List<string> Queries(SplitMix64 random, List<string> terms)
    {
        string Term() => terms.Count == 0 ? "review" : terms[random.Next(terms.Count)].Trim('(', ')', '"');
        var queries = new List<string>
        {
            "review", "domestic abuse", "agenc*", "title:review", "+domestic -police", "reveiw~1", "risk^10 training",
            "summary:learning", "body:marac", "2017", "zoë", "caf*",
        };
        for (int i = 0; i < 20; i++)
        {
            string term = Term();
            queries.Add(term);
            queries.Add($"{term} {Term()}");
            if (term.Length > 3)
            {
                queries.Add(term[..3] + "*");
                queries.Add(term + "~1");
            }

            queries.Add($"+{term} -{Term()}");
            queries.Add($"{term}^10 {Term()}");
        }

        return queries.Distinct().ToList();
    }

    /// <summary>A small, fast, seedable generator whose sequence never changes between .NET versions.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next(ulong bound) => NextUInt64() % bound;

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        private ulong NextUInt64()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
