using DhrLibrary.Pipeline;
using DhrLibrary.Preview;

namespace DhrLibrary.Cli.Tests.Support;

/// <summary>The preview compared with what <c>build --drafts</c> makes of the same input, file by file.</summary>
internal static class FullBuildComparison
{
    /// <summary>What <c>build --drafts</c> makes of <paramref name="input"/>, file by file.</summary>
    public static Dictionary<string, byte[]> Files(string input, DateTimeOffset builtAt)
    {
        var files = new SiteBuilder(input, RepoPaths.Theme, new RenderOptions { IncludeDrafts = true, BuiltAt = builtAt })
            .Produce([], out var diagnostics, out _);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return files!.ToDictionary(f => f.Path, f => f.ReadAllBytes(), StringComparer.Ordinal);
    }

    /// <summary>Every file served is byte for byte the file a full build makes, and there are no others.</summary>
    public static void AssertSame(PreviewBuilder builder, string input, DateTimeOffset builtAt)
    {
        var full = Files(input, builtAt);
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), builder.Current.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in full)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(builder.Current.Files[path].ReadAllBytes()), $"{path} differs from a full build");
        }
    }
}
