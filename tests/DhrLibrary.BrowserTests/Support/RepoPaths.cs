namespace DhrLibrary.BrowserTests.Support;

/// <summary>Folders of the repository, found by walking up from the test binaries to <c>StatiqSite.sln</c>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string FixtureSite => Path.Combine(Root, "tests", "fixtures", "basic-site");

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StatiqSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"StatiqSite.sln not found above {AppContext.BaseDirectory}");
    }
}
