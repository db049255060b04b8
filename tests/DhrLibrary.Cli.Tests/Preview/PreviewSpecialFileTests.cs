using System.Diagnostics;
using System.Text;
using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Preview;

namespace DhrLibrary.Cli.Tests.Preview;

/// <summary>
/// A file saved while <c>serve</c> runs is read with the build's own checks: a link out of <c>input/</c> is skipped with
/// a warning naming it (and publishes nothing of the outside file), a pipe is an error and is never waited on, a file
/// over 1 MB is an error; the preview then serves what a full build of the same input makes.
/// </summary>
public sealed class PreviewSpecialFileTests : IDisposable
{
    private const string Northshire = "reviews/northshire-2022-03.md";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset BuiltAt = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_Saved_Link_Out_Of_The_Input_Folder_Is_Skipped_With_A_Warning_And_Publishes_Nothing_Of_The_Outside_File()
    {
        var builder = NewBuilder();
        int warnings = builder.BuildAll().Warnings; // the fixture's own (an agency agencies.yml does not list)
        string outside = Path.Combine(_site.Root, "secret.md");
        File.WriteAllText(outside, _site.Read(Northshire).Replace("Northshire review", "Secret outside review", StringComparison.Ordinal));
        string link = _site.PathOf("reviews/linked-2022-03.md");
        File.CreateSymbolicLink(link, outside);

        var report = await Task.Run(() => builder.UpdateFast(Changes("reviews/linked-2022-03.md"))).WaitAsync(Patience);

        Assert.Empty(report.Errors);
        Assert.Equal(warnings + 1, report.Warnings);
        Assert.DoesNotContain("reviews/linked-2022-03/index.html", builder.Current.Files.Keys);
        Assert.False(builder.CatchUpPending, "a skipped file leaves nothing to catch up");
        Assert.DoesNotContain(builder.Current.Files.Values, f => Encoding.UTF8.GetString(f.ReadAllBytes()).Contains("Secret outside review", StringComparison.Ordinal));
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public async Task A_Review_Replaced_By_A_Link_Out_Of_The_Input_Folder_Leaves_The_Preview_As_The_Build_Would()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        string outside = Path.Combine(_site.Root, "secret.md");
        File.WriteAllText(outside, _site.Read(Northshire).Replace("Northshire review", "Secret outside review", StringComparison.Ordinal));
        File.Delete(_site.PathOf(Northshire));
        File.CreateSymbolicLink(_site.PathOf(Northshire), outside);

        await Task.Run(() => builder.UpdateFast(Changes(Northshire))).WaitAsync(Patience);

        Assert.DoesNotContain("reviews/northshire-2022-03/index.html", builder.Current.Files.Keys);
        Assert.NotNull(builder.CatchUp());
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public async Task A_Saved_Pipe_Is_An_Error_Naming_It_And_Is_Never_Waited_On()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        string path = _site.PathOf(Northshire);
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            await mkfifo.WaitForExitAsync();
        }

        var report = await Task.Run(() => builder.UpdateFast(Changes(Northshire))).WaitAsync(Patience);

        var error = Assert.Single(report.Errors);
        Assert.Equal(path, error.File);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
        Assert.True(builder.Current.HasErrors);
    }

    [Fact]
    public async Task A_Saved_File_Over_One_Megabyte_Is_An_Error_And_The_Last_Good_Page_Stays()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        string good = _site.Read(Northshire);
        _site.With(Northshire, good + string.Concat(Enumerable.Repeat("A synthetic sentence to pass the size limit. ", 25_000)));

        var report = await Task.Run(() => builder.UpdateFast(Changes(Northshire))).WaitAsync(Patience);

        var error = Assert.Single(report.Errors);
        Assert.Equal(_site.PathOf(Northshire), error.File);
        Assert.Contains("the limit is 1024 KB", error.Message, StringComparison.Ordinal);
        Assert.Contains("reviews/northshire-2022-03/index.html", builder.Current.Files.Keys);

        _site.With(Northshire, good);
        Assert.Empty(builder.UpdateFast(Changes(Northshire)).Errors);
        Assert.False(builder.Current.HasErrors);
    }

    private PreviewBuilder NewBuilder() => new(_site.Input, RepoPaths.Theme, BuiltAt);

    private ChangeSet Changes(params string[] relative) =>
        ChangeSet.Classify(relative.Select(_site.PathOf), _site.Input, RepoPaths.Theme);

    private void AssertSameAsFullBuild(PreviewBuilder builder) => FullBuildComparison.AssertSame(builder, _site.Input, BuiltAt);
}
