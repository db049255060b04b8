using System.Text;
using DhrLibrary.Model;
using DhrLibrary.Output;
using static DhrLibrary.SearchIndex.ScriptColumns;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// The texts search results show (each review's excerpt, each recommendation's first <see cref="ShortTextWords"/>
/// words), as classic scripts of <see cref="ReviewsPerFile"/> reviews each, so the page loads only those of the
/// results on screen, and none before a search (works from <c>file://</c>):
/// <c>assets/search/texts/N.js</c> is <c>DHR_SEARCH_TEXTS(N,{"rec":R,"reviews":"…","recs":"…"})</c>, reviews
/// N × <see cref="ReviewsPerFile"/> onwards: a line per review (its excerpt) and per recommendation of those reviews
/// (its first words), R being the site-wide number of the first. Reviews and recommendations are in the site's order,
/// the order of the facets and of the index's documents. search/text-files.js reads them.
/// </summary>
public static class SearchTextFiles
{
    public const string Folder = "assets/search/texts/";
    public const int ShortTextWords = 30;

    // ~2.3 KB of text a review (the benchmark corpus: an excerpt and ~9 recommendations): 4 reviews are ~9 KB raw,
    // ~2.8 KB gzip. A page of 20 results spread over the library loads at most 20 files (~180 KB raw); 20 in the
    // library's order (newest first, or a filter without words) 5 files. At 10,000 reviews, 2,500 files.
    public const int ReviewsPerFile = 4;

    public static string PathOf(int file) => $"{Folder}{file}.js";

    public static IEnumerable<OutputFile> Build(SiteModel site)
    {
        int firstRec = 0;
        for (int file = 0; file * ReviewsPerFile < site.Reviews.Count; file++)
        {
            var reviews = site.Reviews.Skip(file * ReviewsPerFile).Take(ReviewsPerFile).ToList();
            var recs = reviews.SelectMany(r => r.Recommendations).ToList();
            var json = new StringBuilder();
            json.Append("DHR_SEARCH_TEXTS(").Append(file).Append(",{\"rec\":").Append(firstRec);
            Lines(json, "reviews", reviews.Select(r => r.Excerpt));
            Lines(json, "recs", recs.Select(x => RecommendationView.FirstWords(x.Text, ShortTextWords)));
            json.Append("});\n");
            firstRec += recs.Count;
            yield return OutputFile.FromText(PathOf(file), json.ToString());
        }
    }
}
