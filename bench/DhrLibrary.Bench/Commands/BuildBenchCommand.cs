using System.CommandLine;

namespace DhrLibrary.Bench.Commands;

public static class BuildBenchCommand
{
    public static Command Create() => new("buildbench", "TODO");
}
