using System.CommandLine;
using DhrLibrary.Cli.Commands;

namespace DhrLibrary.Cli;

/// <summary>The command line: one thin command per verb. Exit codes: 0 ok, 1 content errors, 2 usage errors.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Builds the Domestic Homicide Review library website from input/.")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            PackCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            ReportsCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run with --help to see the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content errors are reported with file, line and column long before this; reaching here is a bug in the
            // tool, and a maintainer still gets one readable line (and the previous output is untouched).
            var inner = ex is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : ex;
            stderr.WriteLine($"error: the command stopped unexpectedly ({inner.GetType().Name}: {inner.Message}). Nothing was changed. Please report this with the command you ran.");
            return ExitCodes.ContentErrors;
        }
    }
}
