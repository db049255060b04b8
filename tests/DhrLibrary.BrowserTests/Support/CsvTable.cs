using CsvHelper;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// A CSV file as a reader's spreadsheet sees it, read with CsvHelper (an RFC 4180 parser, not the code that wrote it):
/// the header and every row, each cell by its column name.
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static CsvTable Parse(string text)
    {
        // Every record, the header among them: CsvHelper 34 reads a header of its own unless told there is none.
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        if (records.Count == 0)
        {
            throw new InvalidDataException("the CSV is empty: not even a header row");
        }

        var rows = records.Skip(1).ToList();
        var bad = rows.FindIndex(r => r.Length != records[0].Length);
        return bad < 0
            ? new CsvTable(records[0], rows)
            : throw new InvalidDataException($"row {bad + 2} has {rows[bad].Length} cells, the header {records[0].Length}");
    }

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>.</summary>
    public string Cell(IReadOnlyList<string> row, string column)
    {
        int i = Header.ToList().IndexOf(column);
        return i >= 0 ? row[i] : throw new KeyNotFoundException($"the CSV has no column {column}: {string.Join(",", Header)}");
    }
}
