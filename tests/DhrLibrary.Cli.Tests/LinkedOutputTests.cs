using DhrLibrary.Output;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// Files the build keeps itself (the report cache's text blocks) go into the output as hard links where the file
/// system allows, else as copies; either way the output holds the right bytes, and it keeps them when the source goes.
/// </summary>
public sealed class LinkedOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dhr-linked-" + Guid.NewGuid().ToString("N"));

    public LinkedOutputTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Source(string text)
    {
        string path = Path.Combine(_root, "cache-" + Guid.NewGuid().ToString("N") + ".js");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_linked_file_on_the_same_file_system_is_the_source_file_under_a_second_name()
    {
        string source = Source("DHR_REPORT_TEXT(\"a-0\",[\"synthetic page\"]);\n");
        string output = Path.Combine(_root, "output");
        using (var staging = new StagingFolder(output))
        {
            staging.Write(OutputFile.Linked("assets/t/a-0.js", source));
            staging.Commit();
        }

        string linked = Path.Combine(output, "assets", "t", "a-0.js");
        // A link, not a copy: a change to the one (appended in place) is a change to the other ...
        using (var stream = new FileStream(source, FileMode.Append))
        {
            stream.Write(" "u8);
        }

        const string Appended = "DHR_REPORT_TEXT(\"a-0\",[\"synthetic page\"]);\n ";
        Assert.Equal(Appended, File.ReadAllText(linked));
        // ... and not a symbolic link: the output keeps its bytes when the cache's file goes.
        Assert.Null(new FileInfo(linked).LinkTarget);
        File.Delete(source);
        Assert.Equal(Appended, File.ReadAllText(linked));
    }

    [Fact]
    public void A_file_that_cannot_be_linked_is_copied()
    {
        string source = Source("synthetic block");
        string output = Path.Combine(_root, "output");
        using var staging = new StagingFolder(output);
        // The name is taken (a link never replaces a file), so the link fails and the copy overwrites.
        staging.Write(OutputFile.FromText("t/b-0.js", "older"));
        staging.Write(OutputFile.Linked("t/b-0.js", source));
        string written = Path.Combine(staging.Folder, "t", "b-0.js");
        Assert.Equal("synthetic block", File.ReadAllText(written));

        File.WriteAllText(source, "changed later");
        Assert.Equal("synthetic block", File.ReadAllText(written));
    }

    [Fact]
    public void A_plain_copy_is_never_linked()
    {
        string source = Source("a maintainer's file");
        string output = Path.Combine(_root, "output");
        using var staging = new StagingFolder(output);
        staging.Write(OutputFile.Copy("about.txt", source));
        using (var stream = new FileStream(source, FileMode.Append))
        {
            stream.Write("!"u8);
        }

        Assert.Equal("a maintainer's file", File.ReadAllText(Path.Combine(staging.Folder, "about.txt")));
    }
}
