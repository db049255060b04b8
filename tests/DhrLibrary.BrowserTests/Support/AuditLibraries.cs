using DhrLibrary.Bench.Corpus;
using DhrLibrary.Pipeline;

namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// Sites the audits read besides the fixture: the library itself (<c>input/</c>, the seed review) and a synthetic
/// library made by the benchmark's corpus generator (invented text, not real reviews), each built once into a temp folder.
/// </summary>
public static class AuditLibraries
{
    /// <summary>40 reviews: every page kind, repeated titles, several recurring groups, and a build in seconds.</summary>
    public const int ReviewCount = 40;

    private static readonly Lazy<string> SeedSite = new(() => Build(Path.Combine(RepoPaths.Root, "input"), "seed"));

    private static readonly Lazy<string> Corpus = new(() =>
    {
        string corpus = Path.Combine(Path.GetTempPath(), "dhr-audit-corpus-" + Guid.NewGuid().ToString("N"));
        CorpusWriter.Write(corpus, ReviewCount, seed: 1);
        return Path.Combine(corpus, "input");
    });

    private static readonly Lazy<string> Synthetic = new(() => Build(Corpus.Value, "synthetic"));

    /// <summary>The synthetic library's <c>input/</c> folder (its site.yml, reviews).</summary>
    public static string SyntheticInput => Corpus.Value;

    /// <summary>The built seed site (online build).</summary>
    public static string SeedOutput => SeedSite.Value;

    /// <summary>The built synthetic library (online build).</summary>
    public static string SyntheticOutput => Synthetic.Value;

    private static string Build(string input, string name)
    {
        string output = Path.Combine(Path.GetTempPath(), $"dhr-audit-{name}-" + Guid.NewGuid().ToString("N"));
        var result = new SiteBuilder(input, RepoPaths.Theme, new RenderOptions()).Build(output);
        return result.Succeeded ? output : throw new InvalidOperationException($"{input} did not build:\n" + string.Join('\n', result.Diagnostics));
    }
}
