namespace DhrLibrary.Import;

/// <summary>The slug chosen for a review; for a duplicate, the slug and seed of the one that came first.</summary>
internal sealed record SlugPlan(SlugPlanKind Kind, string Slug, string? DuplicateOf);
