namespace DhrLibrary.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
