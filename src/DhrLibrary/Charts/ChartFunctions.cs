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

    public static HtmlString ReviewsPerYear(IEnumerable<ReviewView> reviews) => new BarChart
    {
        Id = "chart-reviews-per-year",
        Title = "Reviews published per year",
        LabelHeading = "Year",
        Noun = "review",
        Bars = ChartSeries.ReviewsPerYear(reviews),
    }.Render();

    public static HtmlString RecommendationsByKind(IEnumerable<AgencyKindGroup> kinds) => new BarChart
    {
        Id = "chart-recommendations-by-kind",
        Title = "Recommendations addressed to each kind of agency",
        LabelHeading = "Kind of agency",
        Noun = "recommendation",
        Bars = ChartSeries.RecommendationsByKind(kinds),
    }.Render();

    public static HtmlString AgencyRecommendationsPerYear(AgencyView agency) => new BarChart
    {
        Id = "chart-agency-recommendations-per-year",
        Title = $"Recommendations to {agency.Name} per year of publication",
        LabelHeading = "Year",
        Noun = "recommendation",
        Bars = ChartSeries.RecommendationsPerYear(agency),
    }.Render();

    public static HtmlString AgencyStatus(AgencyView agency) => new BarChart
    {
        Id = "chart-agency-status",
        Title = $"Recommendations to {agency.Name} by implementation status",
        LabelHeading = "Status",
        Noun = "recommendation",
        Bars = ChartSeries.ByStatus(agency.StatusCounts),
    }.Render();

    public static HtmlString LibraryStatus(SiteModel site) => new BarChart
    {
        Id = "chart-library-status",
        Title = "Recommendations in the library by implementation status",
        LabelHeading = "Status",
        Noun = "recommendation",
        Bars = ChartSeries.ByStatus(site.StatusCounts),
    }.Render();

    public static HtmlString ThemeReviewsPerYear(ThemeView theme) => new BarChart
    {
        Id = "chart-theme-reviews-per-year",
        Title = $"Reviews raising {Lower(theme.Name)} per year of publication",
        LabelHeading = "Year",
        Noun = "review",
        Bars = ChartSeries.ReviewsPerYear(theme.Reviews),
    }.Render();

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
