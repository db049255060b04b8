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
    /// <paramref name="stems"/> and scratch <paramref name="counts"/>); each text block goes to <paramref name="block"/>
    /// exactly once (its number and JSON array, the bytes lent for the call only).
    /// </summary>
    public static ReportTermCounts Get(ReportDocument report, string key, TermStems stems, Dictionary<string, int> counts, Action<int, ReadOnlySpan<byte>> block)
    {
        if (report.Cached is { } cached && ReportPartFile.Load(cached.CacheDir, cached.Sha256, report.Pages, key, block) is { } loaded)
        {
            return loaded;
        }

        // The text's stamp before reading it: if the text changes meanwhile, the part kept says the older stamp and
        // is made again next time, never used with the newer text.
        var stamp = report.Cached is { } c ? ReportPartFile.TextStamp(c.CacheDir, c.Sha256) : null;
        var text = report.LoadText();
        var made = ReportPart.Make(text, report.Pages, stems, counts);
        if (report.Cached is { } where && text is not null && stamp is { } s)
        {
            ReportPartFile.TrySave(where.CacheDir, where.Sha256, made, key, s);
        }

        for (int b = 0; b < made.Blocks.Length; b++)
        {
            block(b, made.Blocks[b].Span);
        }

        return made.Counts;
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
