using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>A review cannot have been published after today: the date is a typo (often a swapped year).</summary>
public sealed class PublishedInFutureRule : IReviewRule
{
    public void Check(ReviewDocument document, CheckContext context, DiagnosticBag diagnostics)
    {
        var published = document.Review.Published;
        var today = context.Today;
        bool future = published.Day is null
            ? (published.Year, published.Month).CompareTo((today.Year, today.Month)) > 0
            : published.FirstDay > today;
        if (future && document.Find("published") is { } node)
        {
            diagnostics.Error(document.File, document.FileLine(node), node.Column,
                $"'published' is {published.Iso}, which is in the future (today is {today:yyyy-MM-dd}): check the year and month");
        }
    }
}
