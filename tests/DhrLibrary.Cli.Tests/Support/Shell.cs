namespace DhrLibrary.Cli.Tests.Support;

/// <summary>Runs the command line in-process, as a maintainer would type it, and keeps what it printed.</summary>
public static class Shell
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
