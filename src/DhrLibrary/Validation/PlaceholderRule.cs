using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>`new review` marks what still needs filling in with TODO; a review about to be published should have none left.</summary>
public sealed class PlaceholderRule : IReviewRule
{
    public void Check(ReviewDocument document, CheckContext context, DiagnosticBag diagnostics)
    {
        if (document.Review.Draft)
        {
            return;
        }

        for (int i = 0; i < document.Lines.Length; i++)
        {
            int column = document.Lines[i].IndexOf("TODO", StringComparison.Ordinal);
            if (column >= 0)
            {
                diagnostics.Warning(document.File, i + 1, column + 1,
                    "placeholder 'TODO' left in a review that is not a draft: fill it in, or mark the review 'draft: true'");
                return;
            }
        }
    }
}
