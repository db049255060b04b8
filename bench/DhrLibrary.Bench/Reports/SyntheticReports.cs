using System.Security.Cryptography;
using System.Text;
using DhrLibrary.Bench.Corpus;
using DhrLibrary.Reports;
using DhrLibrary.ReportSearch;

namespace DhrLibrary.Bench.Reports;

/// <summary>
/// A report cache for a corpus without any PDF: for each review with a report_url, a manifest entry, extracted text and
/// the report index's part of it written straight into the cache (as `reports fetch` would leave them: the part by the
/// same call), and a placeholder PDF file (the build only
/// copies PDFs into `pack --with-reports`, never reads them). Pages are ~300-450 words of sentences over a Zipf
/// vocabulary of report words and forged words (no person is named); the same count, pages and seed give the same text.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "that", "was", "for", "on", "with", "as", "by", "at", "not", "this", "had", "were",
        "police", "officer", "agency", "agencies", "panel", "review", "risk", "assessment", "referral", "safeguarding", "domestic",
        "abuse", "victim", "perpetrator", "family", "children", "health", "mental", "services", "practitioner", "information",
        "sharing", "meeting", "MARAC", "IDVA", "GP", "hospital", "housing", "probation", "contact", "incident", "report", "chronology",
        "recommendation", "learning", "professional", "support", "concern", "disclosure", "attended", "recorded", "visit", "call",
        "emergency", "history", "alcohol", "drugs", "controlling", "coercive", "behaviour", "threat", "injury", "assault", "arrest",
        "statement", "court", "order", "bail", "partner", "relationship", "separation", "stalking", "harassment", "refuge",
        "accommodation", "school", "social", "care", "worker", "manager", "supervision", "training", "policy", "procedure",
        "escalation", "multi-agency", "response", "evidence", "analysis", "findings", "conclusion", "terms", "reference", "scope",
    ];

    public static int Write(string corpusInput, string cacheDir, int pagesPerReport, ulong seed)
    {
        if (Directory.Exists(cacheDir))
        {
            Directory.Delete(cacheDir, recursive: true);
        }

        var vocabulary = Vocabulary(seed);
        // Zipf weights (s = 1): cumulative, for a binary search per word.
        var cumulative = new double[vocabulary.Length];
        double sum = 0;
        for (int i = 0; i < vocabulary.Length; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        var entries = new Dictionary<string, ReportEntry>(StringComparer.Ordinal);
        byte[] placeholder = "%PDF-1.4\n% synthetic placeholder written by dhr-bench; not a real PDF\n"u8.ToArray();
        Directory.CreateDirectory(Path.Combine(cacheDir, "pdf"));
        var files = Directory.GetFiles(Path.Combine(corpusInput, "reviews"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var rng = new Pcg32(seed, 77);
        foreach (string file in files)
        {
            string? url = File.ReadLines(file).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("report_url:", StringComparison.Ordinal))?["report_url:".Length..].Trim();
            if (url is null)
            {
                continue;
            }

            string slug = Path.GetFileNameWithoutExtension(file);
            var pages = new string[pagesPerReport];
            for (int p = 0; p < pagesPerReport; p++)
            {
                pages[p] = Page(rng, vocabulary, cumulative, sum);
            }

            string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug + "\n" + string.Join("\f", pages))));
            new ReportText(pages).Save(cacheDir, sha);
            File.WriteAllBytes(ReportCache.PdfPath(cacheDir, slug), placeholder);
            entries[slug] = new ReportEntry
            {
                Slug = slug,
                ReviewFile = file,
                Url = url,
                FetchedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
                Size = placeholder.Length,
                Sha256 = sha,
                Pages = pagesPerReport,
                Outcome = ReportOutcome.Searchable,
            };
        }

        new ReportManifest(entries).Save(cacheDir);
        // What `reports fetch` keeps beside each text it extracts: the report index's terms per page and text blocks.
        Parallel.ForEach(entries.Values, entry => ReportPartCache.Save(cacheDir, entry.Sha256, ReportText.Load(cacheDir, entry.Sha256)!, entry.Pages));
        return entries.Count;
    }

    /// <summary>The words of the reports, most frequent first (report words, then forged ones).</summary>
    public static string[] Vocabulary(ulong seed) =>
        [.. Common.Concat(WordForge.Words(6000, seed + 101, new HashSet<string>(Common, StringComparer.Ordinal)))];

    /// <summary>A copy of the corpus in which every review has a report_url (the generator leaves 15 % without).</summary>
    public static string CorpusWithReports(string corpus, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (string file in Directory.GetFiles(corpus, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(target, Path.GetRelativePath(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (file.EndsWith(".md", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(file)) == "reviews"
                && !File.ReadAllText(file).Contains("report_url:", StringComparison.Ordinal))
            {
                string slug = Path.GetFileNameWithoutExtension(file);
                var lines = File.ReadAllLines(file).ToList();
                int source = lines.FindIndex(l => l.StartsWith("source:", StringComparison.Ordinal));
                lines.Insert(source + 1, $"  report_url: https://reports.example.net/dhr/{slug}.pdf");
                File.WriteAllLines(to, lines);
            }
            else
            {
                File.Copy(file, to);
            }
        }

        return target;
    }

    private static string Page(Pcg32 rng, string[] vocabulary, double[] cumulative, double sum)
    {
        var text = new StringBuilder(3000);
        int words = rng.Between(300, 450);
        int sentence = 0;
        for (int w = 0; w < words; w++)
        {
            int i = Array.BinarySearch(cumulative, rng.NextDouble() * sum);
            string word = vocabulary[i < 0 ? Math.Min(~i, vocabulary.Length - 1) : i];
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(sentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            if (++sentence >= 8 + rng.Next(12))
            {
                text.Append('.');
                sentence = 0;
            }
        }

        return text.Append('.').ToString();
    }
}
