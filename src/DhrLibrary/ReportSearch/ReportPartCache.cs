using DhrLibrary.Reports;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.ReportSearch;

/// <summary>
/// A report's <see cref="ReportPart"/> from the cache when a good one is there, else made from its text and written
/// back (so the next build reads it): by the build for a report it lacks, and by <c>reports fetch</c> beside the text
/// it extracts.
/// </summary>
public static class ReportPartCache
{
    /// <summary>
    /// The term counts of <paramref name="report"/> under <paramref name="key"/>, read or made (with the worker's
    /// <paramref name="stems"/> and scratch <paramref name="counts"/>), and its text's id; each text block goes to
    /// <paramref name="block"/> exactly once: as its file in the cache when the part is kept there, else as bytes.
    /// </summary>
    public static (ReportTermCounts Counts, string TextId) Get(ReportDocument report, string key, TermStems stems, Dictionary<string, int> counts, Action<ReportTextBlock> block)
    {
        if (report.Cached is { } cached && ReportPartFile.Load(cached.CacheDir, cached.Sha256, report.Pages, key) is { } kept)
        {
            for (int b = 0; b < kept.Blocks; b++)
            {
                block(new ReportTextBlock(ReportPart.BlockName(kept.TextId, b), ReportCache.BlockPath(cached.CacheDir, cached.Sha256, b), null));
            }

            return (kept.Counts, kept.TextId);
        }

        // The text's stamp before reading it: if the text changes meanwhile, the part kept says the older stamp and
        // is made again next time, never used with the newer text.
        var stamp = report.Cached is { } c ? ReportPartFile.TextStamp(c.CacheDir, c.Sha256) : null;
        var text = report.LoadText();
        var made = ReportPart.Make(text, report.Pages, stems, counts);
        bool saved = report.Cached is { } where && text is not null && stamp is { } s && ReportPartFile.TrySave(where.CacheDir, where.Sha256, made, key, s);
        for (int b = 0; b < made.Blocks.Length; b++)
        {
            // Once saved, the cache's file is linked like any kept block (the bytes are in the page cache still).
            string? file = saved ? ReportCache.BlockPath(report.Cached!.CacheDir, report.Cached.Sha256, b) : null;
            block(new ReportTextBlock(ReportPart.BlockName(made.TextId, b), file, file is null ? made.Blocks[b] : null));
        }

        return (made.Counts, made.TextId);
    }

    /// <summary>Makes and keeps the part of a text just saved in the cache (what <c>reports fetch</c> calls after extracting).</summary>
    public static void Save(string cacheDir, string sha256, ReportText text, int pages)
    {
        if (ReportPartFile.TextStamp(cacheDir, sha256) is { } stamp)
        {
            var part = ReportPart.Make(text, pages, new TermStems(), new Dictionary<string, int>(StringComparer.Ordinal));
            ReportPartFile.TrySave(cacheDir, sha256, part, ReportPartKey.Current, stamp);
        }
    }
}

/// <summary>
/// One text block of a report for the index: its <see cref="Name"/> (<c>&lt;text id&gt;-&lt;block&gt;</c>, the file
/// <c>t/&lt;name&gt;.js</c>), and its script as a file of the cache (<see cref="File"/>) or as <see cref="Bytes"/>.
/// </summary>
public sealed record ReportTextBlock(string Name, string? File, byte[]? Bytes);

