namespace DhrLibrary.Reports.Extraction;

/// <summary>A line of a page as read from the PDF: its words in reading order.</summary>
public sealed record PageLine(IReadOnlyList<string> Words)
{
    public string Text => string.Join(' ', Words);
}
