using DhrLibrary.Content;

namespace DhrLibrary.Model;

public sealed class PageView(Page page)
{
    public Page Source { get; } = page;
    public string Slug => Source.Slug;
    public string Title => Source.Title;
    public string? Description => Source.Description;
    public string Path => $"{Source.Slug}/";
}
