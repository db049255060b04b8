using System.CommandLine;

namespace DhrLibrary.Bench.Commands;

public static class BrowserBenchCommand
{
    public static Command Create() => new("browserbench", "TODO");
}
