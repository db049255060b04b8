using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Output;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// A build replaces its output folder as a whole, so a mistyped --output must never delete a maintainer's work:
/// the repository, the input, the theme, a .git, or any folder the build did not make itself.
/// </summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    private string Root => _site.Root;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_Into_The_Current_Repository_Is_Refused_Even_With_Force(bool force)
    {
        MakeRepository();
        var args = new List<string> { "build", "--output", ".", "--theme", RepoPaths.Theme };
        if (force)
        {
            args.Add("--force");
        }

        var result = CliProcess.Run(Root, [.. args]);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--output '.'", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        AssertRepositoryIntact();
    }

    [Fact]
    public void Build_Into_The_Parent_Of_The_Current_Folder_Is_Refused()
    {
        MakeRepository();
        string sub = Directory.CreateDirectory(Path.Combine(Root, "docs")).FullName;

        var result = CliProcess.Run(sub, "build", "--input", "../input", "--output", "..", "--theme", RepoPaths.Theme, "--force");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--output '..'", result.Stderr);
        AssertRepositoryIntact();
    }

    [Fact]
    public void A_Folder_Holding_The_Current_Folder_Is_Refused_Even_When_The_Input_Is_Elsewhere()
    {
        string work = Directory.CreateDirectory(Path.Combine(Root, "work", "today")).FullName;

        string? refusal = OutputGuard.Refusal(Path.Combine(Root, "work"), _site.Input, RepoPaths.Theme, force: true, currentDir: work);

        Assert.NotNull(refusal);
        Assert.Contains("current folder", refusal);
        Assert.Null(OutputGuard.Refusal(Path.Combine(work, "output"), _site.Input, RepoPaths.Theme, force: false, currentDir: work));
    }

    [Fact]
    public void Build_Into_A_Folder_Holding_A_Repository_Elsewhere_Is_Refused_Even_With_Force()
    {
        string other = Path.Combine(Root, "other-project");
        Directory.CreateDirectory(Path.Combine(other, ".git"));
        File.WriteAllText(Path.Combine(other, "notes.txt"), "work in progress");

        var result = Build(other, force: true);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains(".git", result.Stderr);
        Assert.Equal("work in progress", File.ReadAllText(Path.Combine(other, "notes.txt")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("input")]
    [InlineData("input/reviews")]
    [InlineData("input/new-folder")]
    public void Build_Into_Or_Around_The_Input_Is_Refused_Even_With_Force(string relative)
    {
        string output = Path.Combine(Root, relative);
        var before = Snapshot(_site.Input);

        var result = Build(output, force: true);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("input folder", result.Stderr);
        Assert.Equal(before, Snapshot(_site.Input));
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "new-folder")));
    }

    [Fact]
    public void Build_Into_The_Theme_Is_Refused_Even_With_Force()
    {
        string theme = Directory.CreateDirectory(Path.Combine(Root, "my-theme")).FullName;
        File.WriteAllText(Path.Combine(theme, "layout.sbn-html"), "my work");

        var result = Shell.Run("build", "--input", _site.Input, "--output", theme, "--theme", theme, "--force");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("theme folder", result.Stderr);
        Assert.Equal("my work", File.ReadAllText(Path.Combine(theme, "layout.sbn-html")));
    }

    [Fact]
    public void A_Link_To_The_Input_Is_Refused_As_The_Input_Itself()
    {
        string link = Path.Combine(Root, "looks-harmless");
        Directory.CreateSymbolicLink(link, _site.Input);
        var before = Snapshot(_site.Input);

        var result = Build(link, force: true);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Equal(before, Snapshot(_site.Input));
    }

    [Fact]
    public void A_Non_Empty_Folder_The_Build_Did_Not_Make_Is_Refused_Without_Force_And_Replaced_With_It()
    {
        string folder = Path.Combine(Root, "site");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "a year of work");

        var refused = Build(folder, force: false);

        Assert.True(refused.ExitCode == ExitCodes.Usage, refused.ToString());
        Assert.Contains("--force", refused.Stderr);
        Assert.Equal("a year of work", File.ReadAllText(Path.Combine(folder, "thesis.docx")));

        var forced = Build(folder, force: true);

        Assert.True(forced.ExitCode == ExitCodes.Ok, forced.ToString());
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, OutputGuard.MarkerName)));
        Assert.False(File.Exists(Path.Combine(folder, "thesis.docx")));
    }

    [Fact]
    public void A_File_Given_As_The_Output_Is_Refused_And_Kept()
    {
        string file = Path.Combine(Root, "output.txt");
        File.WriteAllText(file, "notes");

        var result = Build(file, force: true);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("is a file", result.Stderr);
        Assert.Equal("notes", File.ReadAllText(file));
    }

    [Fact]
    public void The_Builds_Own_Output_And_An_Empty_Folder_Are_Replaced_Without_Force()
    {
        Directory.CreateDirectory(_site.Output);
        var first = Build(_site.Output, force: false);
        Assert.True(first.ExitCode == ExitCodes.Ok, first.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, OutputGuard.MarkerName)));

        File.WriteAllText(Path.Combine(_site.Output, "stale.html"), "from an old build");
        var second = Build(_site.Output, force: false);

        Assert.True(second.ExitCode == ExitCodes.Ok, second.ToString());
        Assert.False(File.Exists(Path.Combine(_site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    private CliResult Build(string output, bool force)
    {
        var args = new List<string> { "build", "--input", _site.Input, "--output", output, "--theme", RepoPaths.Theme };
        if (force)
        {
            args.Add("--force");
        }

        return Shell.Run([.. args]);
    }

    private void MakeRepository()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".git", "objects"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Root, "README.md"), "# A synthetic repository\n");
    }

    private void AssertRepositoryIntact()
    {
        Assert.True(File.Exists(Path.Combine(Root, ".git", "HEAD")));
        Assert.True(File.Exists(Path.Combine(Root, "README.md")));
        Assert.True(File.Exists(Path.Combine(_site.Input, "site.yml")));
        Assert.False(File.Exists(Path.Combine(Root, "index.html")));
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllText);
}
