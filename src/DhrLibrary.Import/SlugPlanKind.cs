namespace DhrLibrary.Import;

internal enum SlugPlanKind
{
    /// <summary>A review the library does not hold: a slug of its own.</summary>
    New,

    /// <summary>The library holds this review, saying the same: skipped, or rewritten with <c>--force</c>.</summary>
    AlreadyImported,

    /// <summary>The library holds a version of this review that says something else: reported, replaced only with <c>--force</c>.</summary>
    ChangedVersion,

    /// <summary>An earlier seed of the same run is this review, word for word.</summary>
    DuplicateInRun,

    /// <summary>An earlier seed of the same run is another version of this review.</summary>
    OtherVersionInRun,
}
