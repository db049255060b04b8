namespace DhrLibrary.Content;

/// <summary>A published Domestic Homicide Review as held in <c>input/reviews/&lt;slug&gt;.md</c>.</summary>
public sealed record Review
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Csp { get; init; }
    public required PublishedDate Published { get; init; }
    public int? YearOfDeath { get; init; }
    public string? ReviewType { get; init; }
    public string? StatutoryBasis { get; init; }
    public ReviewSource Source { get; init; } = new(null, null);

    /// <summary>How many recommendations the source page says the review makes (<c>source.extracted_recommendations</c>), when recorded.</summary>
    public int? ExtractedRecommendations { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public bool Draft { get; init; }

    /// <summary>The summary, as Markdown (the file's body after the front matter).</summary>
    public string Summary { get; init; } = "";

    /// <summary>The file the review came from, as given to the loader (used in messages).</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The 1-based line of the file on which the Markdown body starts.</summary>
    public int BodyLine { get; init; } = 1;
}
