namespace DhrLibrary.Content;

/// <summary>
/// One entry of <c>glossary.yml</c>: a term readers meet (usually an acronym such as MARAC), what it stands for,
/// other names it goes by (Clare's Law for DVDS) and a short plain-English description. The search expands a
/// term to its expansion and back; review pages link the terms they use to <c>/glossary/#slug</c>.
/// </summary>
public sealed record GlossaryTerm(string Term, string? Expansion, IReadOnlyList<string> Aliases, string Description)
{
    /// <summary>The anchor on the glossary page (<c>/glossary/#marac</c>).</summary>
    public string Slug { get; } = Content.Slug.From(Term);

    /// <summary>Every name of the term: the term, its expansion, its aliases.</summary>
    public IEnumerable<string> Names => Expansion is null ? [Term, .. Aliases] : [Term, Expansion, .. Aliases];
}
