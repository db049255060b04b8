namespace DhrLibrary.Bench.Corpus;

/// <summary>Counts printed after generating a corpus, to check its shape at a glance.</summary>
public sealed class CorpusSummary
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    public int Reviews { get; private set; }
    public long Bytes { get; private set; }
    public int Recommendations { get; private set; }
    public int WithoutRecommendations { get; private set; }
    public int FullDates { get; private set; }
    public int WithoutYearOfDeath { get; private set; }
    public long RecommendationWords { get; private set; }
    public long SummaryWords { get; private set; }
    public long Addressees { get; private set; }
    public long Themes { get; private set; }

    public void Add(ReviewSpec review, int bytes)
    {
        Reviews++;
        Bytes += bytes;
        Recommendations += review.Recommendations.Count;
        WithoutRecommendations += review.Recommendations.Count == 0 ? 1 : 0;
        FullDates += review.Day is null ? 0 : 1;
        WithoutYearOfDeath += review.YearOfDeath is null ? 1 : 0;
        Themes += review.Themes.Count;
        foreach (var rec in review.Recommendations)
        {
            RecommendationWords += rec.Text.Split(' ').Length;
            Addressees += rec.AddressedTo.Count;
            Count(rec.Text);
        }

        foreach (var paragraph in review.Summary)
        {
            SummaryWords += paragraph.Split(' ').Length;
            Count(paragraph);
        }
    }

    public override string ToString()
    {
        double n = Math.Max(1, Reviews), recs = Math.Max(1, Recommendations);
        return $"{Reviews} reviews, {Bytes / 1e6:0.0} MB; recommendations {Recommendations} (mean {Recommendations / n:0.00}, " +
            $"{100.0 * WithoutRecommendations / n:0.0} % none, {RecommendationWords / recs:0} words each, {Addressees / recs:0.00} addressees); " +
            $"summary {SummaryWords / n:0} words; {100.0 * FullDates / n:0} % full dates; {100.0 * WithoutYearOfDeath / n:0.0} % no year of death; " +
            $"{Themes / n:0.0} themes per review; {_words.Count} distinct words";
    }

    private void Count(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            _words.Add(word.Trim(',', '.', ';', ':'));
        }
    }
}
