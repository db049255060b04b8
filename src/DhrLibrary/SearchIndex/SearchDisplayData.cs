using System.Text.Encodings.Web;
using System.Text.Json;
using DhrLibrary.Content;
using DhrLibrary.Model;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// What the search page shows and filters on, kept out of the index: titles, links, partnership, dates,
/// agency and theme names, a short text. Tables of agencies and themes are shared by index, so each name
/// is sent once.
/// </summary>
public static class SearchDisplayData
{
    public const int ShortTextWords = 30;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>window.DHR_SEARCH_DATA = {...};</c>, the classic script the search page loads.</summary>
    public static void WriteScript(SiteModel site, Stream stream)
    {
        stream.Write("window.DHR_SEARCH_DATA = "u8);
        JsonSerializer.Serialize(stream, Data(site), Json);
        stream.Write(";\n"u8);
    }

    public static string ToJson(SiteModel site) => JsonSerializer.Serialize(Data(site), Json);

    /// <summary>
    /// Writes <c>window.DHR_SEARCH_FACETS = {...};</c>: the same tables without the texts (review excerpts,
    /// recommendation short texts), which are nearly all of the data. The search page needs only this to be
    /// ready, filter and count; it loads <see cref="WriteScript"/>'s script for the texts afterwards.
    /// </summary>
    public static void WriteFacetsScript(SiteModel site, Stream stream)
    {
        stream.Write("window.DHR_SEARCH_FACETS = "u8);
        JsonSerializer.Serialize(stream, Data(site, texts: false), Json);
        stream.Write(";\n"u8);
    }

    private static object Data(SiteModel site, bool texts = true)
    {
        var agencyIndex = new Dictionary<AgencyView, int>();
        for (int i = 0; i < site.Agencies.Count; i++)
        {
            agencyIndex[site.Agencies[i]] = i;
        }

        var themeIndex = new Dictionary<ThemeView, int>();
        for (int i = 0; i < site.Themes.Count; i++)
        {
            themeIndex[site.Themes[i]] = i;
        }

        var reviewIndex = new Dictionary<ReviewView, int>();
        for (int i = 0; i < site.Reviews.Count; i++)
        {
            reviewIndex[site.Reviews[i]] = i;
        }

        return new
        {
            kinds = AgencyKind.All.ToDictionary(k => k, AgencyKind.DisplayName),
            // implementation status → label, in the order filters list them
            statuses = RecommendationStatus.All.ToDictionary(s => s, RecommendationStatus.Label),
            agencies = site.Agencies.Select(a => new object[] { a.Name, a.Kind, a.Path }),
            themes = site.Themes.Select(t => new object[] { t.Name, t.Path }),
            // path, title, partnership, published (display), published (iso), year of death, theme ids, agency ids, excerpt
            // (without texts, the excerpt is left out)
            reviews = site.Reviews.Select(r =>
            {
                object?[] review =
                [
                    r.Path, r.Title, r.Partnership.Name, r.Published, r.PublishedIso, r.YearOfDeath,
                    r.Themes.Select(t => themeIndex[t]),
                    r.Recommendations.SelectMany(x => x.Agencies).Distinct().Select(a => agencyIndex[a]).Order(),
                ];
                return texts ? [.. review, r.Excerpt] : review;
            }),
            // review id, number, agency ids, short text, implementation status (last, so older readers of the array still work)
            // (without texts, the short text is left out)
            recs = site.Reviews.SelectMany(r => r.Recommendations).Select(rec => texts
                ? new object[] { reviewIndex[rec.Review], rec.Number, rec.Agencies.Select(a => agencyIndex[a]), Shorten(rec.Text), rec.Status }
                : new object[] { reviewIndex[rec.Review], rec.Number, rec.Agencies.Select(a => agencyIndex[a]), rec.Status }),
        };
    }

    private static string Shorten(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ShortTextWords ? string.Join(' ', words) : string.Join(' ', words.Take(ShortTextWords)) + " …";
    }
}
