using System.Diagnostics;
using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>
/// Only plain files inside input/ are read: links out of it, devices and pipes are skipped with a message naming
/// them, and none of them can publish an outside file, fill memory or hang check.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("OUTSIDE")]
    public async Task A_Link_Out_Of_The_Input_Folder_Is_Skipped_And_Named(string target)
    {
        if (target == "OUTSIDE")
        {
            target = Path.Combine(_site.Root, "secret.md");
            File.WriteAllText(target, File.ReadAllText(_site.PathOf("reviews/northshire-2022-03.md")).Replace("Northshire review", "Secret outside review", StringComparison.Ordinal));
        }

        string link = _site.PathOf("reviews/linked-2022-03.md");
        File.CreateSymbolicLink(link, target);

        var check = await RunAsync("check", "--input", _site.Input, "--theme", RepoPaths.Theme);
        var build = await RunAsync("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        Assert.Contains($"{link}:1:1: warning: skipped: a link to", check.Stderr);
        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "reviews", "linked-2022-03")));
        Assert.DoesNotContain("Secret outside review", File.ReadAllText(Path.Combine(_site.Output, "reviews", "index.html")));
    }

    [Theory]
    [InlineData("reviews/piped-2022-03.md")]
    [InlineData("pages/piped.md")]
    [InlineData("site.yml")]
    public async Task A_Pipe_Is_Named_And_Never_Waited_On(string relative)
    {
        string path = _site.PathOf(relative);
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            await mkfifo.WaitForExitAsync();
        }

        var check = await RunAsync("check", "--input", _site.Input, "--theme", RepoPaths.Theme);

        Assert.Contains($"{path}:1:1: error: the file is empty (or not a regular file", check.Stderr);
        Assert.DoesNotContain("Exception", check.Stderr);
    }

    [Fact]
    public async Task A_Link_Within_The_Input_Folder_Is_Still_Read()
    {
        string shared = Directory.CreateDirectory(_site.PathOf("shared")).FullName;
        File.Move(_site.PathOf("reviews/northshire-2022-03.md"), Path.Combine(shared, "northshire.md"));
        File.CreateSymbolicLink(_site.PathOf("reviews/northshire-2022-03.md"), Path.Combine(shared, "northshire.md"));

        var build = await RunAsync("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);

        Assert.True(build.ExitCode == ExitCodes.Ok, build.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "reviews", "northshire-2022-03", "index.html")));
    }

    private static Task<CliResult> RunAsync(params string[] args) => Task.Run(() => Shell.Run(args)).WaitAsync(Patience);
}
