using System.CommandLine;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Cli.Commands;

public static class PackCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var file = new Option<string>("--file", "-f")
        {
            Description = "The zip to write",
            DefaultValueFactory = _ => OfflinePackage.FileName,
        };
        var command = new Command("pack", "Build the offline copy (links that work from disk) and write it as one zip") { input, theme, file };
        command.SetAction(parse =>
        {
            var options = new RenderOptions { Offline = true };
            var files = new SiteBuilder(parse.GetValue(input)!, parse.GetValue(theme)!, options)
                .Produce([], out var diagnostics, out int pages);
            DiagnosticPrinter.Print(diagnostics.Items, stderr);
            if (files is null)
            {
                stderr.WriteLine($"Pack failed: {DiagnosticPrinter.Summary(diagnostics.Items)}. Nothing was written.");
                return ExitCodes.ContentErrors;
            }

            string target = parse.GetValue(file)!;
            string temp = target + ".tmp";
            File.WriteAllBytes(temp, OfflinePackage.Create(files, options.BuiltAt));
            File.Move(temp, target, overwrite: true);
            stdout.WriteLine($"Packed {pages} pages into '{target}' ({new FileInfo(target).Length / 1024} KB). Unzip it and open {OfflinePackage.TopFolder}index.html.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
