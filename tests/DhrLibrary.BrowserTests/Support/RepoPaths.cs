namespace DhrLibrary.BrowserTests.Support;

/// <summary>Folders of the repository, found by walking up from the test binaries to <c>StatiqSite.sln</c>.</summary>
public static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Theme => Path.Combine(Root, "theme");

    public static string FixtureSite => Path.Combine(Root, "tests", "fixtures", "basic-site");

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");
}
