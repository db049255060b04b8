using System.Collections.Concurrent;
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

    // A pattern per short name, made once: Regex.IsMatch with a new pattern string per call parsed it again whenever it
    // had left the regex cache (15 patterns), which at 10,000 reviews was ~0.5 s of the render stage's CPU.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

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
            .Where(u => PatternFor(u.ShortName).IsMatch(text))
            .OrderBy(u => u.ShortName, StringComparer.Ordinal)];
    }

    private static Regex PatternFor(string shortName) => Patterns.GetOrAdd(shortName, name =>
        new Regex($@"(?<![\p{{L}}\p{{N}}&]){Regex.Escape(name)}s?(?![\p{{L}}\p{{N}}&])", RegexOptions.CultureInvariant));

    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);
}
