namespace DhrLibrary.Import;

public enum ImportAction
{
    /// <summary>A new review file was written.</summary>
    Created,

    /// <summary>The review was already imported and <c>--force</c> rewrote its file.</summary>
    Overwritten,

    /// <summary>Nothing was written: the review is already imported, or another seed of the run is the same review.</summary>
    Skipped,
}
