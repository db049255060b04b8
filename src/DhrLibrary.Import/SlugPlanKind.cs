namespace DhrLibrary.Import;

internal enum SlugPlanKind
{
    New,
    AlreadyImported,
    DuplicateInRun,
}
