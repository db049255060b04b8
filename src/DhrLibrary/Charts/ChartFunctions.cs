using System.Globalization;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Rendering;
using Scriban.Runtime;

namespace DhrLibrary.Charts;

/// <summary>
/// The charts as template functions, under the global <c>charts</c>:
/// <c>{{ charts.reviews_per_year site.reviews }}</c>, <c>{{ charts.recommendations_by_kind site.agency_kinds }}</c>,
/// <c>{{ charts.agency_recommendations_per_year page }}</c>, <c>{{ charts.agency_status page }}</c>, <c>{{ charts.library_status site }}</c>, <c>{{ charts.theme_reviews_per_year page }}</c>.
/// Built once and only read afterwards, so pages rendering in parallel can share it.
/// </summary>
public static class ChartFunctions
{
    public static ScriptObject Instance { get; } = Create();

    public static HtmlString ReviewsPerYear(IEnumerable<ReviewView> reviews) =>
        Chart("chart-reviews-per-year", "Reviews published per year", "Year", "review", ChartSeries.ReviewsPerYear(reviews));

    public static HtmlString RecommendationsByKind(IEnumerable<AgencyKindGroup> kinds)
    {
        var groups = kinds.ToList();
        var bars = ChartSeries.RecommendationsByKind(groups);
        // A bar counts each agency a recommendation is addressed to, so the bars add up to addressings: say so, as the
        // agencies page does, whenever that is more than the recommendations themselves.
        int addressings = bars.Sum(b => b.Value);
        int recommendations = groups.SelectMany(k => k.Agencies).SelectMany(a => a.Groups).SelectMany(g => g.Recommendations).Distinct().Count();
        string? whole = addressings == recommendations ? null : string.Create(CultureInfo.InvariantCulture,
            $"{addressings:N0} addressings of {Words.Count(recommendations, "recommendation")} in all (one addressed to several agencies counts once for each)");
        return new BarChart
        {
            Id = "chart-recommendations-by-kind", Title = "Recommendations addressed to each kind of agency", LabelHeading = "Kind of agency",
            Noun = "recommendation", Bars = bars, Whole = whole,
        }.Render();
    }

    public static HtmlString AgencyRecommendationsPerYear(AgencyView agency) =>
        Chart("chart-agency-recommendations-per-year", $"Recommendations to {agency.Name} per year of publication", "Year", "recommendation", ChartSeries.RecommendationsPerYear(agency));

    public static HtmlString AgencyStatus(AgencyView agency) =>
        Chart("chart-agency-status", $"Recommendations to {agency.Name} by implementation status", "Status", "recommendation", ChartSeries.ByStatus(agency.StatusCounts));

    public static HtmlString LibraryStatus(SiteModel site) =>
        Chart("chart-library-status", "Recommendations in the library by implementation status", "Status", "recommendation", ChartSeries.ByStatus(site.StatusCounts));

    public static HtmlString ThemeReviewsPerYear(ThemeView theme) =>
        Chart("chart-theme-reviews-per-year", $"Reviews raising {Lower(theme.Name)} per year of publication", "Year", "review", ChartSeries.ReviewsPerYear(theme.Reviews));

    private static HtmlString Chart(string id, string title, string labelHeading, string noun, IReadOnlyList<Bar> bars) =>
        new BarChart { Id = id, Title = title, LabelHeading = labelHeading, Noun = noun, Bars = bars }.Render();

    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("reviews_per_year", new Func<IEnumerable<ReviewView>, HtmlString>(ReviewsPerYear));
        functions.Import("recommendations_by_kind", new Func<IEnumerable<AgencyKindGroup>, HtmlString>(RecommendationsByKind));
        functions.Import("agency_recommendations_per_year", new Func<AgencyView, HtmlString>(AgencyRecommendationsPerYear));
        functions.Import("agency_status", new Func<AgencyView, HtmlString>(AgencyStatus));
        functions.Import("library_status", new Func<SiteModel, HtmlString>(LibraryStatus));
        functions.Import("theme_reviews_per_year", new Func<ThemeView, HtmlString>(ThemeReviewsPerYear));
        functions.IsReadOnly = true;
        return functions;
    }
}
