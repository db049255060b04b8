namespace DhrLibrary.Content;

/// <summary>A free page from <c>input/pages/&lt;slug&gt;.md</c>, published at <c>/&lt;slug&gt;/</c>.</summary>
public sealed record Page(string Slug, string Title, string? Description, string Body, string SourcePath, int BodyLine);
