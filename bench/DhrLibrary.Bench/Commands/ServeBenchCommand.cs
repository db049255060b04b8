using System.CommandLine;

namespace DhrLibrary.Bench.Commands;

public static class ServeBenchCommand
{
    public static Command Create() => new("servebench", "TODO");
}
