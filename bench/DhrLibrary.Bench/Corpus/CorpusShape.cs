namespace DhrLibrary.Bench.Corpus;

/// <summary>The fixed parts of a corpus: places, agencies, themes and vocabulary (the same for every seed).</summary>
public sealed class CorpusShape
{
    public const int PartnershipCount = 315;
    public const int PoliceAreaCount = 39;
    public const int ProbationRegionCount = 12;
    public const int TailWords = 2400;

    public CorpusShape()
    {
        var places = WordForge.Places(PartnershipCount + PoliceAreaCount + 3 * ProbationRegionCount, seed: 2012);
        Partnerships = places.Take(PartnershipCount).ToList();
        PoliceAreas = places.Skip(PartnershipCount).Take(PoliceAreaCount).ToList();
        var regionParts = places.Skip(PartnershipCount + PoliceAreaCount).ToList();
        ProbationRegions = [.. Enumerable.Range(0, ProbationRegionCount).Select(i => i % 2 == 0
            ? $"{regionParts[3 * i]}, {regionParts[3 * i + 1]} and {regionParts[3 * i + 2]}"
            : regionParts[3 * i])];
        Agencies = new AgencyPlan(PoliceAreas, ProbationRegions);
        Themes = ThemeList.All;
        Matcher = new KeywordMatcher(Themes);
        var avoid = PhraseBook.KnownWords();
        avoid.UnionWith(Themes.SelectMany(t => t.Keywords).SelectMany(k => KeywordMatcher.Normalise(k).Split(' ')));
        avoid.UnionWith(["born", "todo", "dob", "draft"]);
        Tail = WordForge.Words(TailWords, seed: 1968, avoid);
    }

    public IReadOnlyList<string> Partnerships { get; }
    public IReadOnlyList<string> PoliceAreas { get; }
    public IReadOnlyList<string> ProbationRegions { get; }
    public AgencyPlan Agencies { get; }
    public IReadOnlyList<ThemeSpec> Themes { get; }
    public KeywordMatcher Matcher { get; }
    public IReadOnlyList<string> Tail { get; }
}
