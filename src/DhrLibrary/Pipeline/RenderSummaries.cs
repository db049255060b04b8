using System.Collections.Concurrent;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: renders each review's Markdown summary, in parallel, into what its page, lists, feeds and the search
/// index show. The result goes to assembly; no view is written to.
/// </summary>
public static class RenderSummaries
{
    /// <summary>The summaries of <paramref name="reviews"/>, by review (the same object, not an equal one).</summary>
    /// <exception cref="BuildException">A summary Markdig could not render, naming each file and line.</exception>
    public static IReadOnlyDictionary<Review, ReviewSummary> Render(IEnumerable<Review> reviews, bool offline)
    {
        var markdown = new MarkdownRenderer(new SiteUrls(offline));
        var summaries = new ConcurrentDictionary<Review, ReviewSummary>(ReferenceEqualityComparer.Instance);
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(reviews, review =>
        {
            try
            {
                // Every review page is reviews/<slug>/, so its links start from the same depth.
                var (html, plain) = markdown.RenderWithText(review.Summary, SiteUrls.RootFor($"reviews/{review.Slug}/"));
                summaries[review] = new ReviewSummary(html, plain, Excerpt(plain));
            }
            catch (Exception ex)
            {
                // Markdig's own limits (it stops at 128 levels of nesting); check's limits normally stop such text first.
                failures.Add($"{review.SourcePath}:{review.BodyLine}:1: error: the summary could not be rendered: {ex.Message}");
                summaries[review] = ReviewSummary.Empty;
            }
        });
        if (!failures.IsEmpty)
        {
            throw new BuildException(string.Join('\n', failures.Order(StringComparer.Ordinal)));
        }

        return summaries;
    }

    /// <summary>About the first 40 words of the summary as plain text.</summary>
    internal static string Excerpt(string plainText)
    {
        var words = plainText.Split((char[]?)null, 41, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 40 ? string.Join(' ', words) : string.Join(' ', words.Take(40)) + " …";
    }
}
