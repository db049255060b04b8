namespace DhrLibrary.Model;

public sealed record AgencyKindGroup(string Kind, string Name, IReadOnlyList<AgencyView> Agencies)
{
    public int RecommendationCount => Agencies.Sum(a => a.RecommendationCount);
}
