
namespace DhrLibrary.Model;

/// <summary>A review's summary rendered once for its page: HTML, the whole text plain (for search), and a short excerpt.</summary>
public sealed record ReviewSummary(HtmlString Html, string PlainText, string Excerpt)
{
    public static ReviewSummary Empty { get; } = new(new HtmlString(""), "", "");
}
