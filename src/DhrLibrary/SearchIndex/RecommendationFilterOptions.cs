using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Output;
using static DhrLibrary.SearchIndex.ScriptColumns;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// The <c>/recommendations/</c> filters' options before their data: <c>window.DHR_REC_FILTERS</c>
/// ("dhr-recommendation-filters/1"), a classic script every page of the list loads with its own script. The same
/// tables as <see cref="RecommendationFilterData"/>, then per filter each value's count with no filter chosen (what
/// choosing it shows: the rule of rec-filter.js), the years reviews with recommendations were published in, and the
/// number of recommendations. About 26 KB at 2,000 and 10,000 reviews alike (it grows with agencies and partnerships,
/// not reviews), against 3.6 MB and 17.8 MB of data: the panel shows its options and counts at once, and the data
/// comes only when a reader touches the filters.
/// </summary>
/// <remarks>
/// One shared script rather than the options written into each page: about 500 options (165 agencies, 315
/// partnerships, ...) would add ~60 KB and ~500 elements to each of the 898 pages of the list at 10,000 reviews
/// (~50 MB of output), where this is one file the browser keeps after the first page.
/// </remarks>
public static class RecommendationFilterOptions
{
    public const string Format = "dhr-recommendation-filters/1";
    public const string ScriptPath = "assets/recommendations/filters.js";

    public static OutputFile Build(SiteModel site) =>
        OutputFile.StreamedText(ScriptPath, writer => writer.Write(Script(site)));

    public static string Script(SiteModel site)
    {
        var counts = Count(site);
        var json = new StringBuilder();
        json.Append("window.DHR_REC_FILTERS = {\"format\":").Append(Serialize(Format));
        RecommendationFilterData.Tables(json, site);
        Property(json, "count", counts.Recommendations);
        Property(json, "years", counts.Years);
        Property(json, "counts", new[] { counts.Statuses, counts.Agencies, counts.Kinds, counts.Partnerships, counts.Themes });
        json.Append("};\n");
        return json.ToString();
    }

    /// <summary>What each option counts with no filter chosen, in the tables' order.</summary>
    public sealed record Counts(int Recommendations, int[] Years, int[] Statuses, int[] Agencies, int[] Kinds, int[] Partnerships, int[] Themes);

    public static Counts Count(SiteModel site)
    {
        var agencyIndex = Numbered(site.Agencies);
        var themeIndex = Numbered(site.Themes);
        var partnershipIndex = Numbered(site.Partnerships);
        var kindIndex = Numbered(AgencyKinds.All.Select(k => k.Spelling()).ToList());
        var statuses = new int[RecommendationStatuses.All.Count];
        var agencies = new int[site.Agencies.Count];
        var kinds = new int[AgencyKinds.All.Count];
        var partnerships = new int[site.Partnerships.Count];
        var themes = new int[site.Themes.Count];
        var years = new SortedSet<int>();
        int total = 0;
        foreach (var review in site.Reviews.Where(r => r.RecommendationCount > 0))
        {
            int recs = review.Recommendations.Count;
            total += recs;
            years.Add(review.PublishedYear);
            partnerships[partnershipIndex[review.Partnership]] += recs;
            foreach (var theme in review.Themes)
            {
                themes[themeIndex[theme]] += recs;
            }

            foreach (var rec in review.Recommendations)
            {
                statuses[(int)rec.ImplementationStatus]++;
                foreach (var agency in rec.Agencies)
                {
                    agencies[agencyIndex[agency]]++;
                }

                // A recommendation counts once per kind, however many of its agencies are of that kind.
                foreach (int kind in rec.Agencies.Select(a => kindIndex.GetValueOrDefault(a.Kind)).Distinct())
                {
                    kinds[kind]++;
                }
            }
        }

        return new Counts(total, [.. years], statuses, agencies, kinds, partnerships, themes);
    }
}
