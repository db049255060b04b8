using System.IO.Compression;

namespace DhrLibrary.Bench.Harness;

/// <summary>
/// Size of a built site and of its search payload (raw and gzip at <see cref="CompressionLevel.Optimal"/>): index.js,
/// the result text files (assets/search/texts/N.js, each gzipped alone, as a server sends them) all together, and what
/// a page view loads of them: one page of results, at most <see cref="PageTextFiles"/> files, counted as the largest.
/// </summary>
public sealed record SiteStats(int Files, long Bytes, long IndexRaw, long IndexGzip, long TextsRaw, long TextsGzip, long PageTextsGzip)
{
    public const string IndexScript = "assets/search/index.js";
    public const string TextsFolder = "assets/search/texts";

    // A page of results is 20 reviews: at most 20 text files (fewer when neighbours share one).
    public const int PageTextFiles = 20;

    /// <summary>The index and every text file.</summary>
    public long SearchGzip => IndexGzip + TextsGzip;

    /// <summary>What a page view with one page of results downloads of the search data: the index and its texts.</summary>
    public long PageViewGzip => IndexGzip + PageTextsGzip;

    public static SiteStats Measure(string outputDir)
    {
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var (indexRaw, indexGzip) = Sizes(Path.Combine(outputDir, IndexScript));
        string texts = Path.Combine(outputDir, TextsFolder);
        var textSizes = Directory.Exists(texts) ? Directory.GetFiles(texts, "*.js").Select(Sizes).ToList() : [];
        long page = textSizes.Select(t => t.Gzip).OrderDescending().Take(PageTextFiles).Sum();
        return new SiteStats(files.Count, files.Sum(f => f.Length), indexRaw, indexGzip, textSizes.Sum(t => t.Raw), textSizes.Sum(t => t.Gzip), page);
    }

    public static (long Raw, long Gzip) Sizes(string path) =>
        File.Exists(path) ? (new FileInfo(path).Length, GzipLength(File.ReadAllBytes(path))) : (0, 0);

    public static long GzipLength(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
