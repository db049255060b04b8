using System.CommandLine;
using DhrLibrary.Validation;

namespace DhrLibrary.Cli.Commands;

/// <summary>
/// `check`: every problem under input/ in one run, as `file:line:col: error|warning: message` (or JSON, or
/// GitHub annotations), then a count. Exit 1 when there are errors; warnings alone pass.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var format = new Option<string>("--format")
        {
            Description = "text (file:line:col: message), json, or github (workflow annotations for pull requests)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var external = new Option<bool>("--external") { Description = "Also check each review's report_url over HTTP (dead links are warnings)" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for each report_url with --external",
            DefaultValueFactory = _ => 15,
        };
        var reports = CommonOptions.Reports();
        var command = new Command("check", "Validate everything under the input folder, and the links of the site it builds, without writing anything")
        {
            input, theme, format, external, timeout, reports,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new CheckOptions
            {
                ThemeDir = parse.GetValue(theme),
                External = parse.GetValue(external),
                ExternalTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
            };
            var found = (await CheckContent.RunAsync(parse.GetValue(input)!, options, cancellationToken: cancellationToken)).ToList();
            // The fetched reports' text, when there is a cache: the personal-data scan over every page.
            if (Reports.ReportCache.Resolve(parse.GetValue(reports)) is { } cache && Directory.Exists(cache))
            {
                found.AddRange(ReportTextScan.Scan(Reports.ReportSet.Load(cache, bundled: false)));
            }

            var report = new DiagnosticReport(found);
            switch (parse.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(report.ToJson());
                    break;
                case "github":
                    stdout.Write(report.ToGitHubAnnotations());
                    stdout.WriteLine($"check: {report.Summary}");
                    break;
                default:
                    foreach (var diagnostic in report.Diagnostics)
                    {
                        stderr.WriteLine(diagnostic);
                    }

                    stdout.WriteLine($"check: {report.Summary}");
                    break;
            }

            return report.Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
