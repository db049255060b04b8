namespace DhrLibrary.Reports.Extraction;

/// <summary>What a PDF gave: its text (null with <see cref="Failure"/> when it could not be read) and its page count.</summary>
public sealed record ExtractionResult(ReportText? Text, int Pages, string? Failure)
{
    public bool Succeeded => Failure is null;
}
