using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Output;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// Killed builds leave nothing behind for long: the next build removes their half-written folders, restores an
/// output lost between a commit's two renames, and two builds into one folder never crash each other.
/// </summary>
public sealed class BuildDebrisTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_Next_Build_Removes_What_Killed_Builds_Left_Beside_The_Output()
    {
        Assert.True(Build().ExitCode == ExitCodes.Ok);
        string building = Sibling($".output.building-{Guid.NewGuid():N}");
        string deleting = Sibling($".output.deleting-{Guid.NewGuid():N}");
        string old = Sibling($"output.old-{Guid.NewGuid():N}");
        foreach (var dir in new[] { building, deleting, old })
        {
            Directory.CreateDirectory(Path.Combine(dir, "reviews"));
            File.WriteAllText(Path.Combine(dir, "reviews", "index.html"), "half written");
        }

        var result = Build();
        await StagingFolder.PendingDeletions;

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(["input", "output"], Siblings().Where(n => !n.EndsWith(".lock", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Folders_That_Only_Look_Like_Debris_Or_Belong_To_Another_Output_Are_Left_Alone()
    {
        string[] keep = ["output.old-notes", ".output.building-mine", $"other.old-{Guid.NewGuid():N}", $".other.building-{Guid.NewGuid():N}"];
        foreach (var name in keep)
        {
            Directory.CreateDirectory(Sibling(name));
            File.WriteAllText(Path.Combine(Sibling(name), "work.txt"), "keep me");
        }

        Assert.True(Build().ExitCode == ExitCodes.Ok);
        await StagingFolder.PendingDeletions;

        Assert.All(keep, name => Assert.Equal("keep me", File.ReadAllText(Path.Combine(Sibling(name), "work.txt"))));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_Output_Lost_Between_The_Two_Renames_Is_Restored_By_The_Next_Build(bool nextBuildSucceeds)
    {
        Assert.True(Build().ExitCode == ExitCodes.Ok);
        string home = File.ReadAllText(Path.Combine(_site.Output, "index.html"));
        // What a kill between "output → output.old-*" and ".output.building-* → output" leaves.
        Directory.Move(_site.Output, Sibling($"output.old-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(Sibling($".output.building-{Guid.NewGuid():N}"));
        if (!nextBuildSucceeds)
        {
            _site.With("site.yml", "title: [unclosed\n");
        }

        var result = Build();

        Assert.Equal(nextBuildSucceeds ? ExitCodes.Ok : ExitCodes.ContentErrors, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")), result.ToString());
        if (!nextBuildSucceeds)
        {
            Assert.Equal(home, File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        }
    }

    [Fact]
    public void A_Second_Build_Into_An_Output_In_Use_Says_Another_Build_Is_Running()
    {
        Assert.True(Build().ExitCode == ExitCodes.Ok);
        var before = File.ReadAllText(Path.Combine(_site.Output, "index.html"));

        CliResult result;
        using (new StagingFolder(_site.Output))
        {
            result = Build();
        }

        Assert.True(result.ExitCode == ExitCodes.ContentErrors, result.ToString());
        Assert.Contains("Another build is writing to", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        Assert.True(Build().ExitCode == ExitCodes.Ok, "the lock is released with the build that held it");
    }

    [Fact]
    public void Builds_Killed_At_Any_Moment_Never_Lose_The_Output_And_The_Next_Build_Cleans_Up()
    {
        Assert.True(Build().ExitCode == ExitCodes.Ok);
        foreach (int delay in new[] { 150, 400, 700, 1000, 1300 })
        {
            using (var process = CliProcess.Start(_site.Root, "build", "--input", "input", "--output", "output", "--theme", RepoPaths.Theme))
            {
                Thread.Sleep(delay);
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")) || Siblings().Any(n => n.StartsWith("output.old-", StringComparison.Ordinal)),
                $"after a kill at {delay} ms neither the output nor its old copy is there: {string.Join(", ", Siblings())}");
        }

        var concurrent = Enumerable.Range(0, 2)
            .Select(_ => CliProcess.Start(_site.Root, "build", "--input", "input", "--output", "output", "--theme", RepoPaths.Theme))
            .ToList();
        foreach (var process in concurrent)
        {
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode is ExitCodes.Ok or ExitCodes.ContentErrors, stderr);
            Assert.DoesNotContain("   at ", stderr);
            process.Dispose();
        }

        var last = CliProcess.Run(_site.Root, "build", "--input", "input", "--output", "output", "--theme", RepoPaths.Theme);
        Assert.True(last.ExitCode == ExitCodes.Ok, last.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
        Assert.DoesNotContain(Siblings(), n => n.Contains(".building-", StringComparison.Ordinal) || n.Contains(".old-", StringComparison.Ordinal));
    }

    private CliResult Build() => Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

    private string Sibling(string name) => Path.Combine(_site.Root, name);

    private List<string> Siblings() => [.. Directory.EnumerateFileSystemEntries(_site.Root).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];
}
