using System.IO.Compression;
using System.Text;
using Xunit.Abstractions;

namespace DhrLibrary.Search.Tests;

/// <summary>
/// The compact transport form: lunr-compact.js, run by node on our compact script, must give back the
/// very JSON lunr.js itself produces for the same documents.
/// </summary>
[Collection(LunrJsCollection.Name)]
public sealed class CompactIndexTests(LunrJs lunr, ITestOutputHelper output)
{
    public static TheoryData<string> Fixtures() => new(FixtureFiles.DocumentSetNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_Expand_To_The_Json_LunrJs_Builds(string fixture)
    {
        var set = DocumentSet.Load(FixtureFiles.Path(fixture));

        string expected = lunr.Harness("build", set.SourcePath!);

        AssertText.Identical(expected, Expand(CompactIndexWriter.ToScript(set.Build())), fixture);
    }

    [Fact]
    public void Should_Expand_A_Large_Generated_Set_And_Be_Far_Smaller_Gzipped()
    {
        var set = SyntheticCorpus.Large;
        string expected = lunr.Harness("build", lunr.WriteFile("large.json", set.ToRequestJson()));

        string script = CompactIndexWriter.ToScript(set.Build());

        AssertText.Identical(expected, Expand(script), set.Name);
        double ratio = ReportSizes(set, expected, script);
        Assert.True(ratio <= 0.40, $"compact gzip is {ratio:P1} of lunr's gzip JSON");
    }

    [Fact]
    public void Should_Expand_A_Generated_Set_With_Positions()
    {
        var set = SyntheticCorpus.Generate("generated-with-positions", 120, seed: 99, positions: true);
        string expected = lunr.Harness("build", lunr.WriteFile("positions.json", set.ToRequestJson()));

        string script = CompactIndexWriter.ToScript(set.Build());

        AssertText.Identical(expected, Expand(script), set.Name);
        ReportSizes(set, expected, script);
    }

    [Fact]
    public void Should_Write_A_Classic_Script_Assigning_The_Global()
    {
        var index = DocumentSet.Load(FixtureFiles.Path("01-basic")).Build();
        var writer = new StringWriter();

        CompactIndexWriter.Write(index, writer, "MY_INDEX");

        Assert.StartsWith("window.MY_INDEX = {\"format\":\"dhr-lunr-compact/2\",", writer.ToString());
        Assert.EndsWith("};\n", writer.ToString());
        Assert.Equal(CompactIndexWriter.ToScript(index, "MY_INDEX"), writer.ToString());
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    public void Should_Reject_A_Ref_The_Line_List_Cannot_Carry(string badRef)
    {
        var builder = new Builder();
        builder.Field("body");
        builder.Add(new Dictionary<string, string?> { ["id"] = "fine", ["body"] = "one" });
        builder.Add(new Dictionary<string, string?> { ["id"] = badRef, ["body"] = "two" });

        var error = Assert.Throws<ArgumentException>(() => CompactIndexWriter.ToScript(builder.Build()));
        Assert.Contains("document ref", error.Message);
    }

    [Fact]
    public void Should_Reject_A_Global_Name_That_Is_Not_An_Identifier()
    {
        var index = new Builder().Build();

        Assert.Throws<ArgumentException>(() => CompactIndexWriter.ToScript(index, "x; alert(1)"));
    }

    [Fact]
    public void Should_Embed_The_Expander_Script()
    {
        Assert.Contains("DhrLunrCompact", CompactIndexWriter.ExpanderScript);
        Assert.Contains(CompactIndexWriter.Format, CompactIndexWriter.ExpanderScript);
    }

    private string Expand(string script)
    {
        string expander = lunr.WriteFile("lunr-compact.js", CompactIndexWriter.ExpanderScript);
        return lunr.Harness("expand", lunr.WriteFile("index.js", script), expander, CompactIndexWriter.DefaultGlobalName);
    }

    private double ReportSizes(DocumentSet set, string lunrJson, string script)
    {
        long jsonRaw = Encoding.UTF8.GetByteCount(lunrJson);
        long jsonGzip = GzipSize(lunrJson);
        long compactRaw = Encoding.UTF8.GetByteCount(script);
        long compactGzip = GzipSize(script);
        double ratio = (double)compactGzip / jsonGzip;
        output.WriteLine($"{set.Name}: {set.Documents.Count} documents");
        output.WriteLine($"  lunr JSON:      {jsonRaw,10:N0} bytes raw, {jsonGzip,9:N0} gzip");
        output.WriteLine($"  compact script: {compactRaw,10:N0} bytes raw, {compactGzip,9:N0} gzip ({ratio:P1} of lunr's gzip)");
        return ratio;
    }

    private static long GzipSize(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.Length;
    }
}
