using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Content;

namespace DhrLibrary.Cli.Tests;

/// <summary>Slugs made from names: accents become their letters, and a name too long for a file name is a clear error.</summary>
public sealed class SlugSafetyTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("Ynys Môn", "ynys-mon")]
    [InlineData("Rhondda Cynon Taf & Merthyr", "rhondda-cynon-taf-and-merthyr")]
    [InlineData("Bræðraborg Øst", "braedraborg-ost")]
    [InlineData("Straße Łódź", "strasse-lodz")]
    [InlineData("Gwynedd a Môn (Gogledd Cymru)", "gwynedd-a-mon-gogledd-cymru")]
    [InlineData("Ŵyddgrug", "wyddgrug")]
    public void Accented_Letters_Become_Their_Plain_Letters(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(81)]
    [InlineData(5_000)]
    public void New_Review_With_A_Partnership_Name_Too_Long_For_A_File_Name_Is_A_Clear_Error(int length)
    {
        string csp = string.Concat(Enumerable.Repeat("Longshire ", (length / 10) + 1))[..length];

        var result = Shell.Run("new", "review", "--csp", csp, "--published", "2024-05", "--input", _site.Input);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"the limit is {Slug.MaxLength}", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.Empty(Directory.GetFiles(_site.PathOf("reviews"), "longshire*"));
    }

    [Fact]
    public void New_Review_For_Ynys_Mon_Is_Named_Ynys_Mon()
    {
        var result = Shell.Run("new", "review", "--csp", "Ynys Môn", "--published", "2024-05", "--input", _site.Input);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.True(File.Exists(_site.PathOf("reviews/ynys-mon-2024-05.md")));
    }
}
