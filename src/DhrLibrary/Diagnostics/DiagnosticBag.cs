namespace DhrLibrary.Diagnostics;

/// <summary>Collects every problem of a run, so a maintainer sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public int ErrorCount { get { lock (_gate) { return _items.Count(d => d.IsError); } } }

    public int WarningCount { get { lock (_gate) { return _items.Count(d => !d.IsError); } } }

    public void Error(string file, int line, int column, string message) => Add(new Diagnostic(file, line, column, Severity.Error, message));

    public void Warning(string file, int line, int column, string message) => Add(new Diagnostic(file, line, column, Severity.Warning, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }
}
