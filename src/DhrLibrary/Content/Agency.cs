namespace DhrLibrary.Content;

/// <summary>A canonical agency from <c>agencies.yml</c>. Unknown agencies found in reviews get <c>kind: other</c> and <see cref="Known"/> false.</summary>
public sealed record Agency(string Name, string Slug, IReadOnlyList<string> Aliases, AgencyKind Kind, bool Known = true);
