using DhrLibrary.Content;

namespace DhrLibrary.Model;

public sealed class AgencyView(Agency agency)
{
    public Agency Source { get; } = agency;
    public string Name => Source.Name;
    public string Slug => Source.Slug;
    public string Path => $"agencies/{Source.Slug}/";
    /// <summary>The kind as <c>agencies.yml</c> spells it (templates' <c>kind</c>); C# reads <c>Source.Kind</c>.</summary>
    public string Kind => Source.Kind.Spelling();
    public string KindName => Source.Kind.DisplayName();
    public IReadOnlyList<string> Aliases => Source.Aliases;
    public bool Known => Source.Known;

    /// <summary>Recommendations addressed to this agency, grouped by review, newest review first.</summary>
    public List<ReviewGroup> Groups { get; } = [];
    public int RecommendationCount => Groups.Sum(g => g.Recommendations.Count);
    public int ReviewCount => Groups.Count;

    /// <summary>This agency's recommendations counted by implementation status.</summary>
    public IReadOnlyList<StatusCount> StatusCounts => StatusCount.Tally(Groups.SelectMany(g => g.Recommendations));
}

public sealed record ReviewGroup(ReviewView Review, List<RecommendationView> Recommendations);
