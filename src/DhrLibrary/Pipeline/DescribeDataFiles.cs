using DhrLibrary.Model;
using Scriban.Runtime;

namespace DhrLibrary.Pipeline;

/// <summary>
/// What the open-data page says about each download: its address, format, rows and exact size in bytes. The sizes
/// come from writing each file once more into a stream that only counts (the files themselves are streamed to disk
/// later, so their sizes are not known when the page is rendered); about 0.1 s at 2,000 reviews, and only the
/// open-data page asks.
/// </summary>
public static class DescribeDataFiles
{
    public static ScriptArray Describe(SiteModel site)
    {
        var json = new CountingStream();
        GenerateDataFiles.WriteReviewsJson(site, json);
        var csv = new CountingStream();
        using (var writer = new StreamWriter(csv, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            GenerateDataFiles.WriteRecommendationsCsv(site, writer);
        }

        return
        [
            File("data/reviews.json", "JSON", $"{site.ReviewCount:N0} {(site.ReviewCount == 1 ? "review" : "reviews")}, each with its recommendations", json.Length),
            File("data/recommendations.csv", "CSV", $"{site.RecommendationCount:N0} {(site.RecommendationCount == 1 ? "row" : "rows")}, one per recommendation, after a header row", csv.Length),
        ];
    }

    private static ScriptObject File(string path, string format, string rows, long bytes) => new()
    {
        ["path"] = path,
        ["format"] = format,
        ["rows"] = rows,
        ["size"] = bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0} KB" : $"{bytes} bytes",
        ["bytes"] = bytes,
    };

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void WriteByte(byte value) => _length++;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
