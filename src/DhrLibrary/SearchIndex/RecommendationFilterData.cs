using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Search;
using static DhrLibrary.SearchIndex.ScriptColumns;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// What the <c>/recommendations/</c> filters read, as a classic script (works from <c>file://</c>):
/// <c>window.DHR_RECOMMENDATIONS</c> ("dhr-recommendations/1"), in the search facets' style. Tables of statuses,
/// kinds of agency, agencies (name, kind, slug), themes and partnerships (name, slug); then reviews and
/// recommendations as columns, each one string (<see cref="ScriptLists"/>): a line per review for paths, titles and
/// dates, base-32 integers for its partnership, year and themes (a count per review, then the numbers); per
/// recommendation its review, number, status and agencies (a count, then the numbers). Only reviews with
/// recommendations are listed, newest first, as the page lists them. The recommendations' first words, nine tenths of
/// the bytes, are <see cref="RecommendationFilterTexts"/>, asked for after this script: the filters answer without
/// them, and the list's texts fill in when they come.
/// At 10,000 reviews this is about 1.5 MB (with the texts it was 17.8 MB), so the page asks for it only when the
/// reader first touches the filters, or at once when the address holds filters (assets/recommendations.js); the
/// options and their counts come before it, from <see cref="RecommendationFilterOptions"/>.
/// </summary>
public static class RecommendationFilterData
{
    public const string Format = "dhr-recommendations/2";
    public const string ScriptPath = "assets/recommendations/data.js";

    public static OutputFile Build(SiteModel site) =>
        OutputFile.StreamedText(ScriptPath, writer => Write(site, writer));

    public static void Write(SiteModel site, TextWriter writer)
    {
        var reviews = site.Reviews.Where(r => r.RecommendationCount > 0).ToList();
        var recs = Listed(site);
        var agencyIndex = Numbered(site.Agencies);
        var themeIndex = Numbered(site.Themes);
        var partnershipIndex = Numbered(site.Partnerships);
        var reviewIndex = Numbered(reviews);

        var json = new StringBuilder();
        json.Append("window.DHR_RECOMMENDATIONS = {\"format\":").Append(Serialize(Format));
        Tables(json, site);

        json.Append(",\"reviews\":{\"count\":").Append(reviews.Count);
        Lines(json, "paths", reviews.Select(r => r.Path));
        Lines(json, "titles", reviews.Select(r => r.Title));
        Lines(json, "published", reviews.Select(r => r.Published));
        Integers(json, "partnerships", reviews.Select(r => partnershipIndex[r.Partnership]));
        Integers(json, "years", reviews.Select(r => r.PublishedYear));
        Integers(json, "themeCounts", reviews.Select(r => r.Themes.Count));
        Integers(json, "themes", reviews.SelectMany(r => r.Themes.Select(t => themeIndex[t])));
        json.Append('}');

        json.Append(",\"recs\":{\"count\":").Append(recs.Count);
        Integers(json, "reviews", recs.Select(x => reviewIndex[x.Review]));
        Integers(json, "numbers", recs.Select(x => x.Number));
        // A status's number is its place in the "statuses" table above, which lists them in enum order.
        Integers(json, "statuses", recs.Select(x => (int)x.ImplementationStatus));
        Integers(json, "agencyCounts", recs.Select(x => x.Agencies.Count));
        Integers(json, "agencies", recs.SelectMany(x => x.Agencies.Select(a => agencyIndex[a])));
        json.Append("}};\n");
        writer.Write(json);
    }

    /// <summary>The recommendations these scripts list, in their order: those of reviews with any, newest review first.</summary>
    internal static List<RecommendationView> Listed(SiteModel site) =>
        [.. site.Reviews.Where(r => r.RecommendationCount > 0).SelectMany(r => r.Recommendations)];

    /// <summary>
    /// The tables the columns number into: statuses, kinds of agency, agencies (name, kind, slug), themes and
    /// partnerships (name, slug). <see cref="RecommendationFilterOptions"/> writes the same, so the options the page
    /// shows before this script has come are the ones it filters by after.
    /// </summary>
    internal static void Tables(StringBuilder json, SiteModel site)
    {
        Property(json, "statuses", RecommendationStatuses.All.Select(s => new[] { s.Spelling(), s.Label() }));
        Property(json, "kinds", AgencyKinds.All.Select(k => new[] { k.Spelling(), k.DisplayName() }));
        Property(json, "agencies", site.Agencies.Select(a => new[] { a.Name, a.Kind, a.Slug }));
        Property(json, "themes", site.Themes.Select(t => new[] { t.Name, t.Slug }));
        Property(json, "partnerships", site.Partnerships.Select(p => new[] { p.Name, p.Slug }));
    }
}
