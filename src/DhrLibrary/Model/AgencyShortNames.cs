using System.Text.RegularExpressions;

namespace DhrLibrary.Model;

/// <summary>
/// The short names of agencies (GMP, from <c>agencies.yml</c>'s aliases) that a review's page uses in its own words, so the
/// page can spell them out beside the glossary's terms: "seek assurance from GMP" is opaque to most readers. Only the
/// review's own addressees count (a handful, so a pattern per page costs microseconds), and only aliases in capitals,
/// found in capitals as whole words, as the glossary finds acronyms.
/// </summary>
public static class AgencyShortNames
{
    public sealed record Use(string ShortName, AgencyView Agency);

    public static IReadOnlyList<Use> Find(ReviewView review)
    {
        var candidates = review.Recommendations.SelectMany(r => r.Agencies).Distinct()
            .SelectMany(a => a.Aliases.Where(IsAcronym).Select(alias => new Use(alias, a)))
            .GroupBy(u => u.ShortName, StringComparer.Ordinal).Select(g => g.First())
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        string text = string.Join('\n', [review.Title, review.PlainSummary, .. review.Recommendations.Select(r => r.Text)]);
        return [.. candidates
            .Where(u => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}&]){Regex.Escape(u.ShortName)}s?(?![\p{{L}}\p{{N}}&])", RegexOptions.CultureInvariant))
            .OrderBy(u => u.ShortName, StringComparer.Ordinal)];
    }

    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);
}
