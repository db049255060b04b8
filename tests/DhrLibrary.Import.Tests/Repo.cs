namespace DhrLibrary.Import.Tests;

/// <summary>Paths in the repository, found by walking up from the test binaries to the folder with the .sln.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootDir = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootDir.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Seed(string fixture) => Path("tests", "fixtures", "seeds", fixture);

    public const string RealSeed = "real/manchester-2023-05.txt";
}
