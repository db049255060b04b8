using System.CommandLine;
using DhrLibrary.Diagnostics;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var command = new Command("check", "Validate everything under the input folder without writing anything") { input };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            LoadContent.Load(parse.GetValue(input)!, diagnostics);
            var items = diagnostics.Items;
            DiagnosticPrinter.Print(items, stderr);
            stdout.WriteLine($"check: {DiagnosticPrinter.Summary(items)}");
            return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
