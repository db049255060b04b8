namespace DhrLibrary.Bench.Corpus;

/// <summary>One entry of the generated <c>agencies.yml</c>; <paramref name="Area"/> ties local bodies to partnerships.</summary>
public sealed record AgencySpec(string Name, IReadOnlyList<string> Aliases, string Kind, string? Area);
