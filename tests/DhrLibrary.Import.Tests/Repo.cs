namespace DhrLibrary.Import.Tests;

/// <summary>Paths in the repository, under the repository root.</summary>
public static class Repo
{
    public static string Root => RepositoryRoot.Path;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Seed(string fixture) => Path("tests", "fixtures", "seeds", fixture);

    public const string RealSeed = "real/manchester-2023-05.txt";
}
