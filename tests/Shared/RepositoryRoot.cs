namespace DhrLibrary.TestSupport;

/// <summary>
/// The repository's root folder, found by walking up to <c>StatiqSite.sln</c> from the current folder and then from
/// the binaries (the bench runs from the repository; tests run from their bin folder). Linked into every test
/// project and the bench, so there is one copy.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "StatiqSite.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"StatiqSite.sln not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}");
    }
}
