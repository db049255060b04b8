using DhrLibrary.Content;
using Scriban.Runtime;

namespace DhrLibrary.Model;

/// <summary>One entry of a recommendation's implementation history, as the templates see it.</summary>
public sealed class RecommendationUpdateView(RecommendationUpdate update)
{
    [ScriptMemberIgnore]
    public RecommendationUpdate Source => update;
    public string Date => update.Date.Display;
    public string DateIso => update.Date.Iso;

    /// <summary>The status as files spell it (<c>in-progress</c>).</summary>
    public string Status => update.Status.Spelling();
    public string StatusLabel => update.Status.Label();
    public string? Note => update.Note;
    public string? SourceUrl => update.Source;
}
