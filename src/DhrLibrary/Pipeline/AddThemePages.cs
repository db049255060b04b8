using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The pages every library needs and every page footer links to (support, accessibility, open data) come
/// with the theme in <c>theme/pages/</c>; a page of the same name in <c>input/pages/</c> replaces it.
/// </summary>
public static class AddThemePages
{
    public static Library Add(Library library, string themeDir, DiagnosticBag diagnostics)
    {
        string folder = Path.Combine(themeDir, "pages");
        if (!Directory.Exists(folder))
        {
            return library;
        }

        var own = library.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var defaults = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Where(f => !own.Contains(Path.GetFileNameWithoutExtension(f)))
            .Select(f => PageReader.Read(f, File.ReadAllText(f), diagnostics))
            .OfType<Page>();
        return library with { Pages = [.. library.Pages, .. defaults] };
    }
}
