using DhrLibrary.Reports;

namespace DhrLibrary.ReportSearch;

/// <summary>A searchable report as the index sees it: the review's place in the site's order, where the PDF opens, its text.</summary>
public sealed record ReportDocument(int ReviewIndex, string Href, int Pages, Func<ReportText?> LoadText);
