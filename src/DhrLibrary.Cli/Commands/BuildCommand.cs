using System.CommandLine;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;

namespace DhrLibrary.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var theme = CommonOptions.Theme();
        var offline = new Option<bool>("--offline") { Description = "Make every internal link name a file (…/index.html) so a copy opened from disk navigates fully" };
        var drafts = new Option<bool>("--drafts") { Description = "Include reviews marked draft: true (with a Draft banner and noindex)" };
        var pack = new Option<bool>("--with-offline-copy") { Description = "Also publish the offline copy as a zip in the output, linked from the home and About pages" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var reports = CommonOptions.Reports();
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder the build did not make (never the input, the theme or a repository)" };
        var command = new Command("build", "Render the site from the input folder") { input, output, theme, offline, drafts, pack, timings, force, reports };
        command.SetAction(parse =>
        {
            // A build is a batch job: background GC lets the heap grow while it collects, and blocking collections keep a
            // 10,000-review build's peak about a quarter lower for the same CPU time. (serve keeps background GC: its pauses matter.)
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            var options = new RenderOptions { Offline = parse.GetValue(offline), IncludeDrafts = parse.GetValue(drafts), PublishOfflineCopy = parse.GetValue(pack) };
            string outputDir = parse.GetValue(output)!;
            try
            {
                options = options with { Reports = ReportOptions.Load(parse.GetValue(reports), bundled: false, stderr) };
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = new SiteBuilder(parse.GetValue(input)!, parse.GetValue(theme)!, options).Build(outputDir, parse.GetValue(force));
                DiagnosticPrinter.Print(result.Diagnostics, stderr);
                if (!result.Succeeded)
                {
                    stderr.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result.Diagnostics)}. The previous output in '{outputDir}' was left as it was.");
                    return ExitCodes.ContentErrors;
                }

                if (parse.GetValue(timings))
                {
                    foreach (var (stage, time) in result.StageTimes)
                    {
                        stdout.WriteLine($"  {stage.Name(),-12} {time.TotalMilliseconds,8:0} ms");
                    }
                }

                stdout.WriteLine($"Built {result.PageCount} pages ({result.FileCount} files) into '{outputDir}' in {clock.Elapsed.TotalSeconds:0.00} s{(options.Offline ? " (offline links)" : "")}.");
                return ExitCodes.Ok;
            }
            catch (OutputRefusedException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                stderr.WriteLine("Nothing was written.");
                return ExitCodes.Usage;
            }
            catch (OutputBusyException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.ContentErrors;
            }
            catch (Exception ex) when (ex is TemplateException or BuildException or InvalidDataException)
            {
                stderr.WriteLine(ex.Message);
                stderr.WriteLine($"Build failed. The previous output in '{outputDir}' was left as it was.");
                return ExitCodes.ContentErrors;
            }
        });
        return command;
    }
}
