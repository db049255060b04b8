using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>
/// What makes two reviews the same review for import: CSP, publication date and title, compared without
/// regard to case or runs of spaces. Re-importing a seed finds the file it wrote before by this identity.
/// </summary>
internal readonly record struct ReviewIdentity
{
    private ReviewIdentity(string csp, string published, string title)
    {
        Csp = csp;
        Published = published;
        Title = title;
    }

    public string Csp { get; }
    public string Published { get; }
    public string Title { get; }

    public static ReviewIdentity Of(string csp, PublishedDate published, string title) =>
        new(Key(csp), published.Iso, Key(title));

    private static string Key(string text) => CleanText.Normalise(text).Replace('’', '\'').ToLowerInvariant();
}
