using System.Collections.Concurrent;
using DhrLibrary.Content;

namespace DhrLibrary.Reports.Fetching;

/// <summary>
/// <c>reports fetch</c>: every review with a <c>source.report_url</c>, a few at a time, into the cache. The manifest is
/// saved after each report, so a run that is stopped keeps what it fetched. Entries of reviews no longer in the
/// library are left alone: nothing here deletes a copy.
/// </summary>
public static class FetchReports
{
    public static async Task<IReadOnlyList<FetchResult>> RunAsync(
        IReadOnlyList<Review> reviews, string cacheDir, FetchOptions options, Action<FetchResult>? progress = null, HttpClient? client = null)
    {
        var wanted = reviews.Where(r => !string.IsNullOrWhiteSpace(r.Source.ReportUrl)).ToList();
        var manifest = new ConcurrentDictionary<string, ReportEntry>(ReportManifest.Load(cacheDir).Reports, StringComparer.Ordinal);
        using var owned = client is null ? ReportFetcher.CreateClient(options) : null;
        var fetcher = new ReportFetcher(client ?? owned!, cacheDir, options);
        var results = new ConcurrentBag<FetchResult>();
        var gate = new object();
        await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (review, cancel) =>
        {
            var result = await fetcher.FetchAsync(review.Slug, review.SourcePath, review.Source.ReportUrl!, manifest.GetValueOrDefault(review.Slug), cancel);
            if (result.Entry is not null)
            {
                manifest[review.Slug] = result.Entry;
            }

            results.Add(result);
            lock (gate)
            {
                new ReportManifest(manifest).Save(cacheDir);
                progress?.Invoke(result);
            }
        });
        return [.. results.OrderBy(r => r.ReviewFile, StringComparer.Ordinal)];
    }
}
