using DhrLibrary.Content;

namespace DhrLibrary.Model;

public sealed class ThemeView(Theme theme)
{
    public Theme Source { get; } = theme;
    public string Slug => Source.Slug;
    public string Name => Source.Name;
    public string? Description => Source.Description;
    public IReadOnlyList<string> Keywords => Source.Keywords;
    public string Path => $"themes/{Source.Slug}/";
    public List<ReviewView> Reviews { get; } = [];
    public int ReviewCount => Reviews.Count;
}
