using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>
/// Makes a <see cref="Review"/> from a <see cref="SeedSummary"/>: agency names resolved to their canonical
/// names in agencies.yml, themes tagged from themes.yml keywords, the summary as Markdown. The slug is left
/// empty; <see cref="SlugPlanner"/> chooses it.
/// </summary>
public static class SeedConverter
{
    public static Review ToReview(SeedSummary seed, AgencyCatalog agencies, IReadOnlyList<Theme> themes, DiagnosticBag diagnostics)
    {
        var recommendations = seed.Recommendations
            .Select(r => r with { AddressedTo = Resolve(seed.Path, r, agencies, diagnostics) })
            .ToList();
        string themeText = string.Join("\n", seed.SummaryParagraphs.Concat(recommendations.Select(r => r.Text)));
        return new Review
        {
            Slug = "",
            Title = seed.Title,
            Csp = seed.Csp,
            Published = seed.Published,
            YearOfDeath = seed.YearOfDeath,
            ReviewType = seed.ReviewType,
            StatutoryBasis = seed.StatutoryBasis,
            Source = new ReviewSource(seed.SourceName, seed.ReportUrl),
            ExtractedRecommendations = seed.ExtractedRecommendations,
            Themes = ThemeTagger.Tag(themes, themeText),
            Recommendations = recommendations,
            Summary = SummaryMarkdown.From(seed.SummaryParagraphs),
            SourcePath = seed.Path,
        };
    }

    private static List<string> Resolve(string path, Recommendation recommendation, AgencyCatalog agencies, DiagnosticBag diagnostics)
    {
        var names = new List<string>();
        foreach (var written in recommendation.AddressedTo)
        {
            if (!agencies.TryResolve(written, out _) && agencies.Agencies.Count > 0)
            {
                var closest = agencies.Closest(written);
                diagnostics.Warning(path, recommendation.Line, 1,
                    $"recommendation {recommendation.Number}: unknown agency '{written}' is kept as written; add it to agencies.yml{(closest is null ? "" : $" (or did you mean '{closest}'?)")}");
            }

            string name = agencies.CanonicalName(written);
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
