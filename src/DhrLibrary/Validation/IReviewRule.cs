using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>One check that `check` runs on every review that was read without errors.</summary>
public interface IReviewRule
{
    void Check(ReviewDocument document, CheckContext context, DiagnosticBag diagnostics);
}
