namespace DhrLibrary.Bench.Harness;

/// <summary>One line about the machine, for the top of every report.</summary>
public static class Machine
{
    public static string Describe()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        string memory = File.Exists("/proc/meminfo")
            ? $"{long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0 / 1024.0:0} GiB RAM"
            : "";
        string load = File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory}, .NET {Environment.Version}, {load} at start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
    }
}
