using System.CommandLine;

namespace DhrLibrary.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var command = new Command("import", "Import seed summaries (files or folders of .txt) as input/reviews/<slug>.md") { input };
        command.SetAction(_ =>
        {
            stderr.WriteLine("import: not wired yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
