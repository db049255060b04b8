namespace DhrLibrary.Reports;

/// <summary>How a report's text came out of its PDF.</summary>
public enum ReportOutcome
{
    /// <summary>Not fetched yet, or every fetch failed.</summary>
    None,

    /// <summary>Text on at least one page: searchable.</summary>
    Searchable,

    /// <summary>A PDF without a text layer (a scan): kept and linked, not searchable (OCR is out of scope).</summary>
    NoTextLayer,
}
