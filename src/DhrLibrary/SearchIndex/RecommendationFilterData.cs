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
/// recommendation its review, number, status and agencies (a count, then the numbers) and a line of its first words.
/// Only reviews with recommendations are listed, newest first, as the page lists them.
/// At 10,000 reviews it is a few MB, so the page asks for it after it has loaded (assets/recommendations.js).
/// </summary>
public static class RecommendationFilterData
{
    public const string Format = "dhr-recommendations/1";
    public const string ScriptPath = "assets/recommendations/data.js";

    public static OutputFile Build(SiteModel site) =>
        OutputFile.StreamedText(ScriptPath, writer => Write(site, writer));

    public static void Write(SiteModel site, TextWriter writer)
    {
        var reviews = site.Reviews.Where(r => r.RecommendationCount > 0).ToList();
        var recs = reviews.SelectMany(r => r.Recommendations).ToList();
        var agencyIndex = Numbered(site.Agencies);
        var themeIndex = Numbered(site.Themes);
        var partnershipIndex = Numbered(site.Partnerships);
        var reviewIndex = Numbered(reviews);

        var json = new StringBuilder();
        json.Append("window.DHR_RECOMMENDATIONS = {\"format\":").Append(Serialize(Format));
        Property(json, "statuses", RecommendationStatuses.All.Select(s => new[] { s.Spelling(), s.Label() }));
        Property(json, "kinds", AgencyKinds.All.Select(k => new[] { k.Spelling(), k.DisplayName() }));
        Property(json, "agencies", site.Agencies.Select(a => new[] { a.Name, a.Kind, a.Slug }));
        Property(json, "themes", site.Themes.Select(t => new[] { t.Name, t.Slug }));
        Property(json, "partnerships", site.Partnerships.Select(p => new[] { p.Name, p.Slug }));

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
        writer.Write(json);
        json.Clear();
        // The texts are most of the file: they move to the writer as the buffer grows.
        json.Append(",\"texts\":");
        ScriptLists.AppendLines(json, [.. recs.Select(x => OneLine(x.ShortText))], "recommendation text", writer, 1 << 16);
        json.Append("}};\n");
        writer.Write(json);
    }

}
