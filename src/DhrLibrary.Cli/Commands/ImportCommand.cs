using System.CommandLine;
using DhrLibrary.Import;

namespace DhrLibrary.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var force = new Option<bool>("--force") { Description = "Overwrite a review that was already imported" };
        var sources = new Argument<string[]>("FILE|DIR") { Description = "Seed summaries (.txt) or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import seed summaries as input/reviews/<slug>.md (agencies resolved, themes tagged)") { input, force, sources };
        command.SetAction(parse =>
        {
            var result = Importer.Run(new ImportOptions(parse.GetValue(sources)!, parse.GetValue(input)!, parse.GetValue(force)));
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            foreach (var review in result.Reviews)
            {
                stdout.WriteLine(review.ToString());
            }

            if (result.HasErrors)
            {
                stderr.WriteLine($"Import failed: {DiagnosticPrinter.Summary(result.Diagnostics)}. Nothing was written.");
            }
            else
            {
                stdout.WriteLine($"Imported {result.Written.Count} reviews, skipped {result.Skipped.Count}; {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            }

            return result.ExitCode;
        });
        return command;
    }
}
