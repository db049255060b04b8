namespace DhrLibrary.Cli.Tests.Support;

/// <summary>Folders of the repository, found by walking up from the test assembly to StatiqSite.sln.</summary>
public static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);
}
