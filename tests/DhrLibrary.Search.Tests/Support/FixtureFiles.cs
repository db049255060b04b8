namespace DhrLibrary.Search.Tests;

public static class FixtureFiles
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.Fixtures, name + ".json");

    /// <summary>The numbered document set fixtures, e.g. "01-basic".</summary>
    public static IEnumerable<string> DocumentSetNames() =>
        Directory.GetFiles(RepositoryPaths.Fixtures, "??-*.json")
            .Select(p => System.IO.Path.GetFileNameWithoutExtension(p))
            .Where(name => char.IsAsciiDigit(name[0]) && char.IsAsciiDigit(name[1]))
            .Order(StringComparer.Ordinal);
}
