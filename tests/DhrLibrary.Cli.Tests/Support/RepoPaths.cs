namespace DhrLibrary.Cli.Tests.Support;

/// <summary>Folders of the repository, found by walking up from the test assembly to StatiqSite.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatiqSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StatiqSite.sln not found above " + AppContext.BaseDirectory);
    }
}
