using DhrLibrary.Diagnostics;

namespace DhrLibrary.Cli.Commands;

internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.ToString());
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.IsError);
        int warnings = diagnostics.Count - errors;
        return $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
    }
}
