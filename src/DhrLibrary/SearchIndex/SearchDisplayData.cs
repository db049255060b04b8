using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Search;
using static DhrLibrary.SearchIndex.ScriptColumns;

namespace DhrLibrary.SearchIndex;

/// <summary>
/// What the search page filters on and shows, kept out of the index: in index.js after the index,
/// <c>window.DHR_SEARCH_FACETS</c> ("dhr-search-facets/3"), what the page needs to be ready, filter and count.
/// Tables of agency kinds, statuses, agencies and themes; then reviews and recommendations as columns, each one
/// string (<see cref="ScriptLists"/>): a line per review for paths, titles, partnerships and dates, base-32 integers
/// for years of death (0: not given), theme and agency numbers (a count per review, then the numbers), and per
/// recommendation its review, number, status (its place in <c>statuses</c>) and agencies; and <c>textsPerFile</c>,
/// how many reviews each of the text files holds (<see cref="SearchTextFiles"/>: the texts results show are there).
/// Reviews and recommendations are in the site's order, the order of the index's documents. Line breaks in
/// names and texts become spaces (a page shows them so anyway).
/// </summary>
public static class SearchDisplayData
{
    public const string FacetsFormat = "dhr-search-facets/3";

    /// <summary>Writes <c>window.DHR_SEARCH_FACETS = {...};</c> (index.js carries it after the index).</summary>
    public static void WriteFacetsScript(SiteModel site, TextWriter writer) => Write(writer, "DHR_SEARCH_FACETS", json => Facets(site, json));

    private static void Write(TextWriter writer, string global, Action<StringBuilder> body)
    {
        writer.Write("window.");
        writer.Write(global);
        writer.Write(" = ");
        var json = new StringBuilder();
        body(json);
        writer.Write(json);
        writer.Write(";\n");
    }

    private static void Facets(SiteModel site, StringBuilder json)
    {
        var agencyIndex = Numbered(site.Agencies);
        var themeIndex = Numbered(site.Themes);
        var reviewIndex = Numbered(site.Reviews);
        var recs = site.Reviews.SelectMany(r => r.Recommendations).ToList();
        var reviewAgencies = site.Reviews
            .Select(r => r.Recommendations.SelectMany(x => x.Agencies).Distinct().Select(a => agencyIndex[a]).Order().ToList())
            .ToList();

        json.Append("{\"format\":").Append(Serialize(FacetsFormat));
        json.Append(",\"textsPerFile\":").Append(SearchTextFiles.ReviewsPerFile);
        Property(json, "kinds", AgencyKinds.All.ToDictionary(k => k.Spelling(), k => k.DisplayName()));
        // implementation status → label, in the order filters list them
        Property(json, "statuses", RecommendationStatuses.All.ToDictionary(s => s.Spelling(), s => s.Label()));
        // name, kind, path; name, path
        Property(json, "agencies", site.Agencies.Select(a => new[] { a.Name, a.Kind, a.Path }));
        Property(json, "themes", site.Themes.Select(t => new[] { t.Name, t.Path }));
        // Names that mean the same thing, for the search to try together: each agency's name and aliases, each
        // glossary term, expansion and aliases (MARAC, Multi-Agency Risk Assessment Conference).
        Property(json, "vocabulary", site.Agencies.Where(a => a.Aliases.Count > 0).Select(a => (IEnumerable<string>)[a.Name, .. a.Aliases])
            .Concat(site.Glossary.Select(t => t.Names)));

        json.Append(",\"reviews\":{\"count\":").Append(site.Reviews.Count);
        Lines(json, "paths", site.Reviews.Select(r => r.Path));
        Lines(json, "titles", site.Reviews.Select(r => r.Title));
        Lines(json, "partnerships", site.Reviews.Select(r => r.Partnership.Name));
        Lines(json, "published", site.Reviews.Select(r => r.Published));
        Lines(json, "publishedIso", site.Reviews.Select(r => r.PublishedIso));
        Integers(json, "yearsOfDeath", site.Reviews.Select(r => r.YearOfDeath ?? 0));
        Integers(json, "themeCounts", site.Reviews.Select(r => r.Themes.Count));
        Integers(json, "themes", site.Reviews.SelectMany(r => r.Themes.Select(t => themeIndex[t])));
        Integers(json, "agencyCounts", reviewAgencies.Select(a => a.Count));
        Integers(json, "agencies", reviewAgencies.SelectMany(a => a));
        json.Append('}');

        json.Append(",\"recs\":{\"count\":").Append(recs.Count);
        Integers(json, "reviews", recs.Select(x => reviewIndex[x.Review]));
        Integers(json, "numbers", recs.Select(x => x.Number));
        // A status's number is its place in the "statuses" table above, which lists them in enum order.
        Integers(json, "statuses", recs.Select(x => (int)x.ImplementationStatus));
        Integers(json, "agencyCounts", recs.Select(x => x.Agencies.Count));
        Integers(json, "agencies", recs.SelectMany(x => x.Agencies.Select(a => agencyIndex[a])));
        json.Append("}}");
    }
}
