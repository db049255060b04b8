namespace DhrLibrary.Tests;

/// <summary>The repository root, found by walking up from the test assembly to StatiqSite.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "StatiqSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StatiqSite.sln not found above " + AppContext.BaseDirectory);
    }
}
