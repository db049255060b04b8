using System.Diagnostics;
using System.Text;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// The real lunr.js, run with node through lunr-harness/harness.js; <see cref="LunrInstallation"/> installs it
/// when missing. Shared by all tests.
/// </summary>
public sealed class LunrJs : IDisposable
{
    public LunrJs()
    {
        LunrPath = LunrInstallation.LunrPath;
        HarnessPath = Path.Combine(RepositoryPaths.TestProject, "lunr-harness", "harness.js");
        WorkDirectory = Directory.CreateTempSubdirectory("lunr-harness-").FullName;
    }

    public string LunrPath { get; }

    public string HarnessPath { get; }

    /// <summary>A scratch directory for files handed to node; removed with the fixture.</summary>
    public string WorkDirectory { get; }

    /// <summary>Runs a harness command and returns its standard output.</summary>
    public string Harness(string command, params string[] arguments)
    {
        return Run("node", WorkDirectory, [HarnessPath, LunrPath, command, .. arguments]);
    }

    /// <summary>Writes <paramref name="content"/> to a new file in <see cref="WorkDirectory"/>.</summary>
    public string WriteFile(string name, string content)
    {
        string path = Path.Combine(WorkDirectory, $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leaving scratch files behind must not fail the run.
        }
    }

    private static string Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{error.Result}");
        }

        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class LunrJsCollection : ICollectionFixture<LunrJs>
{
    public const string Name = "lunr.js";
}
