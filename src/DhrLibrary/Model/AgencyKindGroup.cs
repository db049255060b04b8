using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>The agencies of one kind, as the agencies page lists them.</summary>
public sealed record AgencyKindGroup(AgencyKind Value, IReadOnlyList<AgencyView> Agencies)
{
    /// <summary>The kind as <c>agencies.yml</c> spells it (the page's <c>#kind-police</c> ids).</summary>
    public string Kind => Value.Spelling();

    public string Name => Value.DisplayName();

    public int RecommendationCount => Agencies.Sum(a => a.RecommendationCount);

    /// <summary>The agencies of this kind that the library's reviews address (agencies.yml lists many more).</summary>
    public IReadOnlyList<AgencyView> AgenciesWithRecommendations => [.. Agencies.Where(a => a.RecommendationCount > 0)];
}
