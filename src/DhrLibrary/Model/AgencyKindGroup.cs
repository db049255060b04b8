namespace DhrLibrary.Model;

public sealed record AgencyKindGroup(string Kind, string Name, IReadOnlyList<AgencyView> Agencies)
{
    public int RecommendationCount => Agencies.Sum(a => a.RecommendationCount);

    /// <summary>The agencies of this kind that the library's reviews address (agencies.yml lists many more).</summary>
    public IReadOnlyList<AgencyView> AgenciesWithRecommendations => [.. Agencies.Where(a => a.RecommendationCount > 0)];
}
