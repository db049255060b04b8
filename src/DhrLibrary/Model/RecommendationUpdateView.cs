using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>One entry of a recommendation's implementation history, as the templates see it.</summary>
public sealed class RecommendationUpdateView(RecommendationUpdate update)
{
    public string Date => update.Date.Display;
    public string DateIso => update.Date.Iso;
    public string Status => update.Status;
    public string StatusLabel => RecommendationStatus.Label(update.Status);
    public string? Note => update.Note;
    public string? SourceUrl => update.Source;
}
