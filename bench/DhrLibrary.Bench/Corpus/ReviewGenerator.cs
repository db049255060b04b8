namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// Draws reviews with the shape of the real library: partnerships with skewed weights, later years more
/// frequent, 30 % full dates, year of death 1–4 years earlier (absent in 8 %), 0–25 recommendations
/// (mean about 8.5, about 4 % none), 1–3 addressees each (about 12 % written as an alias). About 10 % of
/// recommendations repeat one of <see cref="StockSize"/> stock recommendations in slightly other words, as real
/// reviews repeat each other, so "similar recommendations made before" has real work to do.
/// </summary>
public sealed class ReviewGenerator
{
    private const int FirstYear = 2012;
    private const int LastYear = 2026;
    private const int LastMonthOfLastYear = 10; // fixed, so the corpus never depends on today's date
    private static readonly int[] DeathGaps = [1, 1, 2, 2, 2, 3, 3, 4];
    private static readonly int[] AddresseeCounts = [1, 1, 2, 2, 2, 3];

    private readonly CorpusShape _shape;
    private readonly Pcg32 _rng;
    private readonly ReviewText _text;
    private readonly WeightedList<string> _partnerships;
    private readonly WeightedList<int> _years;
    private readonly Dictionary<string, (string Police, string Probation)> _areas = [];
    private readonly HashSet<string> _slugs = [];
    private readonly string?[] _stock = new string?[StockSize];

    private const double RecurringShare = 0.10;
    private const int StockSize = 400;

    public ReviewGenerator(CorpusShape shape, ulong seed)
    {
        _shape = shape;
        _rng = new Pcg32(seed);
        _text = new ReviewText(_rng, new PhraseBook(shape.Matcher, shape.Tail));
        _partnerships = new WeightedList<string>(shape.Partnerships.Select(p => (p, _rng.LogNormal(0, 0.7))));
        _years = new WeightedList<int>(Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => (y, 1.0 + 0.15 * (y - FirstYear))));
        foreach (string csp in shape.Partnerships)
        {
            _areas[csp] = (_rng.Pick(shape.PoliceAreas), "probation:" + _rng.Pick(shape.ProbationRegions));
        }
    }

    public IEnumerable<ReviewSpec> Generate(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    private ReviewSpec Next()
    {
        string csp = _partnerships.Draw(_rng);
        int year = _years.Draw(_rng);
        int month = _rng.Between(1, year == LastYear ? LastMonthOfLastYear : 12);
        int? day = _rng.Chance(0.3) ? _rng.Between(1, 28) : null;
        string slug = UniqueSlug($"{Slugify(csp)}-{year}-{month:00}");
        int? yearOfDeath = _rng.Chance(0.08) ? null : year - _rng.Pick(DeathGaps);

        var chosenThemes = _rng.Sample(_shape.Themes, _rng.Between(2, 6));
        var keywords = chosenThemes.Select(t => _rng.Pick(t.Keywords)).ToList();

        var (police, probation) = _areas[csp];
        var pool = _shape.Agencies.ByArea[police].Concat(_shape.Agencies.ByArea[probation]).ToList();
        int nationals = _rng.Between(1, 4);
        for (int n = 0; n < nationals; n++)
        {
            var body = _shape.Agencies.National.Draw(_rng);
            if (!pool.Contains(body))
            {
                pool.Add(body);
            }
        }

        int recommendationCount = _rng.Chance(0.04) ? 0 : Math.Min(25, (int)_rng.Gamma(2.2, 3.8) + 1);
        string subject = csp + " Community Safety Partnership";
        var recommendations = new List<RecommendationSpec>(recommendationCount);
        for (int n = 1; n <= recommendationCount; n++)
        {
            var written = _rng.Sample(pool, Math.Min(pool.Count, _rng.Pick(AddresseeCounts)))
                .Select(a => a.Aliases.Count > 0 && _rng.Chance(0.14) ? a.Aliases[0] : a.Name).ToList();
            string text = _rng.Chance(RecurringShare) ? _text.Reword(Stock(written)) : _text.Recommendation(subject, written);
            recommendations.Add(new RecommendationSpec(n, text, written));
        }

        var summary = _text.Summary(keywords);
        string prose = string.Join("\n", summary.Concat(recommendations.Select(r => r.Text)));
        var themes = chosenThemes.Concat(_shape.Matcher.Find(prose)).Distinct()
            .OrderBy(t => _shape.Themes.ToList().IndexOf(t)).Select(t => t.Slug).ToList();

        return new ReviewSpec(
            slug, csp, year, month, day, yearOfDeath,
            year >= 2025 && _rng.Chance(0.5) ? "Domestic Abuse Related Death Review" : "Domestic Homicide Review",
            _rng.Chance(0.15) ? null : $"https://reports.example.net/dhr/{slug}.pdf",
            themes, summary, recommendations);
    }

    /// <summary>A stock recommendation, the popular ones far more often (squared draw), written when first drawn.</summary>
    private string Stock(IReadOnlyList<string> addressees)
    {
        double r = _rng.NextDouble();
        int i = (int)(StockSize * r * r);
        return _stock[i] ??= _text.Recommendation("the partnership", addressees);
    }

    private string UniqueSlug(string baseSlug)
    {
        string slug = baseSlug;
        for (int k = 2; !_slugs.Add(slug); k++)
        {
            slug = $"{baseSlug}-{k}";
        }

        return slug;
    }

    public static string Slugify(string text)
    {
        var chars = text.ToLowerInvariant().Replace("'", "").Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        return string.Join('-', new string([.. chars]).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
