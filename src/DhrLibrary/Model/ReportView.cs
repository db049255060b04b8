namespace DhrLibrary.Model;

/// <summary>
/// A review's full report as its page shows it: how many pages, whether its words can be searched, and where it
/// opens: the online address, or the copy inside the offline site (<see cref="Local"/>, a path from the site root).
/// </summary>
public sealed record ReportView(int Pages, bool Searchable, string Href, bool Local);
