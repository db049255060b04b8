namespace DhrLibrary.Content;

/// <summary>Everything read from <c>input/</c>: the library as the rest of the pipeline sees it.</summary>
public sealed record Library(
    SiteConfig Site,
    AgencyCatalog Agencies,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Review> Reviews,
    IReadOnlyList<Page> Pages)
{
    /// <summary>The terms of <c>glossary.yml</c> (none when the file is missing).</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];
}
