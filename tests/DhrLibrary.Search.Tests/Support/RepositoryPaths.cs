namespace DhrLibrary.Search.Tests;

/// <summary>Paths in the repository, found by walking up from the test assembly to StatiqSite.sln.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string TestProject => Path.Combine(Root, "tests", "DhrLibrary.Search.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");
}
