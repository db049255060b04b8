using DhrLibrary.Model;
using DhrLibrary.Search;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// What the search index holds (summaries must be prepared first: it indexes <see cref="ReviewView.PlainSummary"/>): one document per review (title, partnership, summary, themes, agencies) and
/// one per recommendation (its text and agencies, with the review's title and partnership), so a reader finds
/// the exact recommendation. Refs are the pages they resolve to: <c>reviews/&lt;slug&gt;/</c> and <c>…/#rec-N</c>.
/// </summary>
public static class SearchDocuments
{
    public static readonly IReadOnlyList<(string Name, double Boost)> Fields =
    [
        ("title", 10),
        ("partnership", 5),
        ("themes", 3),
        ("agencies", 3),
        ("summary", 1),
        ("text", 1),
    ];

    public static Builder NewBuilder()
    {
        var builder = new Builder { Ref = "ref" };
        foreach (var (name, boost) in Fields)
        {
            builder.Field(name, boost);
        }

        return builder;
    }

    public static IEnumerable<Dictionary<string, string?>> From(SiteModel site)
    {
        for (int i = 0; i < site.Reviews.Count; i++)
        {
            var review = site.Reviews[i];
            yield return new Dictionary<string, string?>
            {
                ["ref"] = review.Path,
                ["title"] = review.Title,
                ["partnership"] = review.Partnership.Name,
                ["themes"] = string.Join(" ", review.Themes.Select(t => t.Name)),
                ["agencies"] = string.Join(" ", review.Recommendations.SelectMany(r => r.Agencies).Distinct().Select(a => a.Name)),
                ["summary"] = review.PlainSummary,
            };
            foreach (var rec in review.Recommendations)
            {
                yield return new Dictionary<string, string?>
                {
                    ["ref"] = rec.Path,
                    ["title"] = review.Title,
                    ["partnership"] = review.Partnership.Name,
                    ["agencies"] = string.Join(" ", rec.Agencies.Select(a => a.Name)),
                    ["text"] = rec.Text,
                };
            }
        }
    }
}
