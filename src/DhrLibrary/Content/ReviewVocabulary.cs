namespace DhrLibrary.Content;

/// <summary>What a review is checked against: the theme slugs of themes.yml and the agencies of agencies.yml.</summary>
public sealed record ReviewVocabulary(IReadOnlySet<string> ThemeSlugs, AgencyCatalog Agencies)
{
    public static ReviewVocabulary From(IEnumerable<Theme> themes, AgencyCatalog agencies) =>
        new(themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal), agencies);

    public string SuggestTheme(string slug)
    {
        var match = ThemeSlugs.FirstOrDefault(t => t.Contains(slug, StringComparison.Ordinal) || slug.Contains(t, StringComparison.Ordinal));
        return match is null ? "" : $" (did you mean '{match}'?)";
    }
}
