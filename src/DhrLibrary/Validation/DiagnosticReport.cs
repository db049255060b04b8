using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Validation;

/// <summary>The problems of a run in the forms `check --format` offers: text, JSON and GitHub annotations.</summary>
public sealed class DiagnosticReport(IReadOnlyList<Diagnostic> diagnostics)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count - Errors;

    /// <summary>"2 errors, 1 warning".</summary>
    public string Summary => $"{Errors} {(Errors == 1 ? "error" : "errors")}, {Warnings} {(Warnings == 1 ? "warning" : "warnings")}";

    /// <summary><c>{"diagnostics": [{file, line, column, severity, message}], "errors": N, "warnings": N}</c>.</summary>
    public string ToJson()
    {
        var data = new
        {
            Diagnostics = Diagnostics.Select(d => new
            {
                d.File,
                d.Line,
                d.Column,
                Severity = d.IsError ? "error" : "warning",
                d.Message,
            }),
            Errors,
            Warnings,
        };
        return JsonSerializer.Serialize(data, Json);
    }

    /// <summary>GitHub Actions workflow commands, one per problem, so pull requests show them on the changed lines.</summary>
    public string ToGitHubAnnotations()
    {
        var sb = new StringBuilder();
        foreach (var d in Diagnostics)
        {
            string file = d.File.Replace('\\', '/');
            sb.Append("::").Append(d.IsError ? "error" : "warning")
                .Append(" file=").Append(Property(file))
                .Append(",line=").Append(d.Line)
                .Append(",col=").Append(d.Column)
                .Append(",title=").Append(Property(d.IsError ? "dhr-library check" : "dhr-library check (warning)"))
                .Append("::").Append(Data(d.Message)).Append('\n');
        }

        return sb.ToString();
    }

    // Escaping as GitHub's toolkit does (packages/core/src/command.ts).
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
