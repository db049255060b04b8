namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// Which themes' keywords occur in a text: whole words, any case, any punctuation between words. This is the
/// rule the library's own theme hints follow, so a generated review lists every theme its text suggests.
/// </summary>
public sealed class KeywordMatcher
{
    private readonly (ThemeSpec Theme, string[] Keys)[] _themes;

    public KeywordMatcher(IEnumerable<ThemeSpec> themes) =>
        _themes = [.. themes.Select(t => (t, t.Keywords.Select(k => " " + Normalise(k) + " ").ToArray()))];

    public IEnumerable<ThemeSpec> Find(string text)
    {
        string haystack = " " + Normalise(text) + " ";
        return _themes.Where(t => t.Keys.Any(k => haystack.Contains(k, StringComparison.Ordinal))).Select(t => t.Theme);
    }

    public bool Matches(string text) => Find(text).Any();

    public static string Normalise(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
