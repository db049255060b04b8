using DhrLibrary.Diagnostics;

namespace DhrLibrary.Preview;

/// <summary>What one rebuild did, for the console: what changed, how many pages it rendered, how long it took.</summary>
public sealed record RebuildReport(string Trigger, bool Full, int PagesRendered, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Errors, int Warnings)
{
    public override string ToString()
    {
        string what = Full ? $"Built the whole site ({PagesRendered} pages)" : $"Rebuilt {PagesRendered} {(PagesRendered == 1 ? "page" : "pages")}";
        string status = Errors.Count == 0 ? "" : $"; {Errors.Count} {(Errors.Count == 1 ? "error" : "errors")}, shown on every page until fixed:";
        var text = $"{what} after {Trigger} in {Elapsed.TotalMilliseconds:0} ms{status}";
        return Errors.Count == 0 ? text : text + Environment.NewLine + string.Join(Environment.NewLine, Errors.Select(e => "  " + e));
    }
}
