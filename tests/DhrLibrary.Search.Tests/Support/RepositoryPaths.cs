namespace DhrLibrary.Search.Tests;

/// <summary>Paths in the repository, found by walking up from the test assembly to StatiqSite.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "DhrLibrary.Search.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StatiqSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No StatiqSite.sln above {AppContext.BaseDirectory}.");
    }
}
