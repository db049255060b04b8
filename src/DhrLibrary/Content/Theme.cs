namespace DhrLibrary.Content;

/// <summary>A theme from the controlled vocabulary in <c>themes.yml</c>.</summary>
public sealed record Theme(string Slug, string Name, IReadOnlyList<string> Keywords, string? Description = null);
