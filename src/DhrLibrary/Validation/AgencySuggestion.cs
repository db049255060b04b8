using DhrLibrary.Content;

namespace DhrLibrary.Validation;

/// <summary>
/// The "did you mean" for an unknown agency: a near spelling of a known name or alias first, else a known name
/// that shares the written name's distinctive words ("Riverside Housing" → "Riverside Housing Association").
/// </summary>
public static class AgencySuggestion
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "for", "&", "service", "services", "council", "trust", "team", "police", "nhs",
        "partnership", "community", "safety", "board", "county", "city", "borough", "district", "foundation",
    };

    /// <summary>Returns e.g. <c>'GMP (Greater Manchester Police)'</c>, or null when nothing is close.</summary>
    public static string? Closest(AgencyCatalog catalog, string name)
    {
        if (catalog.Closest(name) is string spelling)
        {
            return spelling;
        }

        var words = Words(name).Where(w => !CommonWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        Agency? best = null;
        string? bestLabel = null;
        int bestScore = 0;
        foreach (var agency in catalog.Agencies)
        {
            foreach (var label in agency.Aliases.Prepend(agency.Name))
            {
                var labelWords = Words(label).ToHashSet(StringComparer.OrdinalIgnoreCase);
                int shared = words.Count(labelWords.Contains);

                // Every distinctive word must match, so "Northshire Fire" does not suggest "Northshire Police".
                if (shared == words.Count && shared > bestScore)
                {
                    (best, bestLabel, bestScore) = (agency, label, shared);
                }
            }
        }

        return best is null ? null : bestLabel == best.Name ? best.Name : $"{bestLabel} ({best.Name})";
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '(', ')', '-', '/', '\''], StringSplitOptions.RemoveEmptyEntries);
}
