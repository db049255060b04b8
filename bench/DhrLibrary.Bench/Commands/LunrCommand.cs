using System.CommandLine;

namespace DhrLibrary.Bench.Commands;

public static class LunrCommand
{
    public static Command Create() => new("lunr", "TODO");
}
