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
        var reports = CommonOptions.Reports();
        var withReports = new Option<bool>("--with-reports") { Description = "Put the fetched report PDFs into the zip (reports/<slug>.pdf), so they open offline at the page" };
        var command = new Command("pack", "Build the offline copy (links that work from disk) and write it as one zip") { input, theme, file, reports, withReports };
        command.SetAction(parse =>
        {
            RenderOptions options;
            try
            {
                options = new RenderOptions { Offline = true, Reports = ReportOptions.Load(parse.GetValue(reports), parse.GetValue(withReports), stderr) };
            }
            catch (InvalidDataException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.ContentErrors;
            }

            if (parse.GetValue(withReports) && options.Reports is null)
            {
                stderr.WriteLine("error: --with-reports needs the fetched reports: run `reports fetch` first, or pass --reports DIR");
                return ExitCodes.Usage;
            }

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
            int bundled = files.Count(f => f.Path.StartsWith("reports/", StringComparison.Ordinal));
            stdout.WriteLine(bundled > 0
                ? $"The zip holds {bundled} full reports (reports/<slug>.pdf); they open offline at the page."
                : "The full reports are not in the zip: their links go to the reports online (add --with-reports after `reports fetch` to include them).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
