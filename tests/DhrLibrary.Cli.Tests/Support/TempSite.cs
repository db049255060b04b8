namespace DhrLibrary.Cli.Tests.Support;

/// <summary>
/// A copy of a fixture site in a temporary folder, or a site written inline, deleted afterwards. Everything
/// in these sites is synthetic: invented places and agencies, no names of people.
/// </summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public static TempSite CopyOf(string fixture)
    {
        var site = new TempSite(NewRoot());
        Copy(RepoPaths.Fixture(fixture), site.Input);
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Input, relative);

    public TempSite With(string relative, string text)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temporary folder is cleaned up by the system later.
        }
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "dhr-cli-test-" + Guid.NewGuid().ToString("N"));

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
