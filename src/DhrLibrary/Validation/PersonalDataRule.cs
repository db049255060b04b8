using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>
/// The library is anonymised: a review must hold no NHS numbers, dates of birth, phone numbers or postcodes.
/// Every line of the file is scanned, front matter and summary alike. The message does not repeat the value,
/// so CI logs and annotations do not publish it either.
/// </summary>
public sealed class PersonalDataRule : IReviewRule
{
    public void Check(ReviewDocument document, CheckContext context, DiagnosticBag diagnostics)
    {
        for (int i = 0; i < document.Lines.Length; i++)
        {
            foreach (var match in PersonalDataScanner.Scan(document.Lines[i]))
            {
                diagnostics.Error(document.File, i + 1, match.Index + 1,
                    $"this looks like {PersonalDataScanner.Describe(match.Kind)}: an anonymised review must not hold personal data, so remove it");
            }
        }
    }
}
