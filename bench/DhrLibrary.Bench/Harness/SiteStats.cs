using System.IO.Compression;

namespace DhrLibrary.Bench.Harness;

/// <summary>Size of a built site and of its search payload (raw and gzip at <see cref="CompressionLevel.Optimal"/>).</summary>
public sealed record SiteStats(int Files, long Bytes, long IndexRaw, long IndexGzip, long DataRaw, long DataGzip)
{
    public const string IndexScript = "assets/search/index.js";
    public const string DataScript = "assets/search/data.js";

    public long SearchRaw => IndexRaw + DataRaw;

    public long SearchGzip => IndexGzip + DataGzip;

    public static SiteStats Measure(string outputDir)
    {
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var (indexRaw, indexGzip) = Sizes(Path.Combine(outputDir, IndexScript));
        var (dataRaw, dataGzip) = Sizes(Path.Combine(outputDir, DataScript));
        return new SiteStats(files.Count, files.Sum(f => f.Length), indexRaw, indexGzip, dataRaw, dataGzip);
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
