using DhrLibrary.Model;
using DhrLibrary.Paging;
using DhrLibrary.Rendering;

namespace DhrLibrary.Pipeline;

/// <summary>
/// The pages of the lists that grow with the library. Sizes are what a reader scans in one go on a phone and what
/// keeps a page under about 1,500 elements and 250 KB: 50 reviews (a table row each), 100 recommendations (a few
/// lines each, a review's never split across pages).
/// </summary>
public static class ListPageJobs
{
    public const int ReviewsPerPage = 50;
    public const int RecommendationsPerPage = 100;

    public static IEnumerable<PageJob> Reviews(SiteModel site) =>
        Sites(Paginate.BySize("reviews/", site.Reviews, ReviewsPerPage, "reviews"), "reviews", "All reviews",
            $"Every review in the library, newest first: {site.ReviewCount} reviews.", site.Reviews, "reviews");

    public static IEnumerable<PageJob> Recommendations(SiteModel site) =>
        Sites(Paginate.ByWeight("recommendations/", [.. site.Reviews.Where(r => r.RecommendationCount > 0)], r => r.RecommendationCount, RecommendationsPerPage, "recommendations"),
            "recommendations", "All recommendations",
            $"Every recommendation in the library, by review, newest first: {site.RecommendationCount} recommendations.", site, "recommendations");

    /// <summary>The groups of recommendations made again and again, by what each lists (about 120 a page, a group never split).</summary>
    public static IEnumerable<PageJob> Recurring(SiteModel site) =>
        Sites(Paginate.ByWeight("recommendations/recurring/", site.Recurring, c => Math.Min(c.Recommendations.Count, RecurringMembersShown) + 3, RecurringMembersPerPage, "recommendations"),
            "recurring", "Recommendations made again and again",
            "Groups of near-identical recommendations that recur across reviews: how many reviews, when, to which agencies.", site.Recurring, "recommendations");

    public const int RecurringMembersPerPage = 120;

    /// <summary>How many members of a group its entry lists (theme/layouts/recurring.sbn-html shows the latest 25).</summary>
    public const int RecurringMembersShown = 25;

    public static IEnumerable<PageJob> Agency(AgencyView agency) =>
        Paginate.ByWeight(agency.Path, agency.Groups, g => g.Recommendations.Count, RecommendationsPerPage, "recommendations")
            .Select(list => Later(new AgencyPage(agency), list));

    public static IEnumerable<PageJob> Partnership(PartnershipView partnership) =>
        Paginate.BySize(partnership.Path, partnership.Reviews, ReviewsPerPage, "reviews").Select(list => Later(new PartnershipPage(partnership), list));

    public static IEnumerable<PageJob> Theme(ThemeView theme) =>
        Paginate.BySize(theme.Path, theme.Reviews, ReviewsPerPage, "reviews").Select(list => Later(new ThemePage(theme), list));

    // Page 1 is the page as it always was; later pages take their own address and say which page they are.
    private static PageJob Later(PageJob first, ListPage list) =>
        list.IsFirst ? first with { List = list } : first with { Path = list.Path, Title = $"{first.Title}, {list.Label}", Description = $"{first.Description} This is {list.Label}.", List = list };

    private static IEnumerable<PageJob> Sites(IReadOnlyList<ListPage> pages, string template, string title, string description, object model, string section) =>
        pages.Select(list => Later(new SitePage(list.BasePath, template, title, description, model, section), list));
}
