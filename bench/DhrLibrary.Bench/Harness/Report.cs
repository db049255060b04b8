using System.Text;

namespace DhrLibrary.Bench.Harness;

/// <summary>Collects a report's text, echoes it to the console, and saves it under bench/results.</summary>
public sealed class Report(string name)
{
    private readonly StringBuilder _text = new();

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        _text.Append(text).Append('\n');
    }

    public string Save()
    {
        if (File.Exists("/proc/loadavg"))
        {
            Line($"Load average at the end: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} (2 cores, shared).");
        }

        Directory.CreateDirectory(RepoPaths.Results);
        string path = RepoPaths.Under($"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        File.WriteAllText(path, _text.ToString());
        Console.Error.WriteLine($"Saved {path}");
        return path;
    }

    public static string Mb(long bytes) => (bytes / 1e6).ToString("0.0");

    public static string Kb(long bytes) => (bytes / 1e3).ToString("0");
}
