namespace DhrLibrary.Content;

/// <summary>Finds the themes whose keywords occur in a text (whole words, any case).</summary>
public static class ThemeTagger
{
    public static IReadOnlyList<string> Tag(IEnumerable<Theme> themes, string text)
    {
        var haystack = " " + NormaliseWords(text) + " ";
        return [.. themes.Where(t => t.Keywords.Any(k => haystack.Contains(" " + NormaliseWords(k) + " ", StringComparison.Ordinal))).Select(t => t.Slug)];
    }

    private static string NormaliseWords(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
