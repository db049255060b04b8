using System.Text;

namespace DhrLibrary.Bench.Harness;

/// <summary>A Markdown table that also reads well in a terminal (columns padded).</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object[] cells) => _rows.Add([.. cells.Select(c => c?.ToString() ?? "")]);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        var s = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            s.Append("| ").Append(string.Join(" | ", widths.Select((w, i) => (i < cells.Count ? cells[i] : "").PadRight(w)))).Append(" |\n");
        Line(headers);
        s.Append("|").Append(string.Join("|", widths.Select(w => new string('-', w + 2)))).Append("|\n");
        foreach (var row in _rows)
        {
            Line(row);
        }

        return s.ToString();
    }
}
