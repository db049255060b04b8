using System.CommandLine;
using System.Runtime.InteropServices;
using DhrLibrary.Preview;

namespace DhrLibrary.Cli.Commands;

/// <summary>`serve`: a local preview on 127.0.0.1 that rebuilds on every save and reloads the browser.</summary>
public static class ServeCommand
{
    /// <summary>Lets in-process tests stop a running `serve` (the console's Ctrl+C does it otherwise).</summary>
    internal static readonly AsyncLocal<CancellationToken> StopSignal = new();

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port on 127.0.0.1 to listen on (0 picks a free one)",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var command = new Command("serve", "Preview the site (drafts included) on this computer, rebuilding and reloading on every save")
        {
            input, theme, port,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PreviewOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(port));
            if (!Directory.Exists(options.InputDir))
            {
                stderr.WriteLine($"error: input folder '{options.InputDir}' not found: pass --input with the folder that holds site.yml and reviews/");
                return ExitCodes.Usage;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, StopSignal.Value);

            // Ctrl+C and a terminal's SIGTERM stop the preview cleanly (the synchronous Invoke does not cancel for us).
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }

            try
            {
                await new PreviewServer(options, stdout).RunAsync(stop.Token);
                stdout.WriteLine("Preview stopped.");
                return ExitCodes.Ok;
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port} ({ex.Message}); try another --port, or --port 0 for any free one");
                return ExitCodes.ContentErrors;
            }
        });
        return command;
    }
}
