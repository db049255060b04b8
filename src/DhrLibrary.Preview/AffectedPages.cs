using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Rendering;

namespace DhrLibrary.Preview;

/// <summary>Which pages of a new site model may differ from those made from the last one (the catch-up renders only those).</summary>
internal static class AffectedPages
{
    /// <summary>
    /// Pages whose model is the whole site or a list of it (home, the lists, search, 404), and the open-data page, which
    /// states the data files' sizes and rows: every change may touch them.
    /// </summary>
    public static bool IsShared(PageJob job) => job is SitePage or FreePage { Page.Slug: "open-data" };

    /// <summary>
    /// The pages of <paramref name="site"/> that may differ from those made from <paramref name="old"/>, besides the
    /// shared ones: those showing a review that changed (before and after), reviews whose similar links changed, and
    /// changed free pages.
    /// </summary>
    public static HashSet<string> Between(SiteModel old, SiteModel site)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var before = old.Reviews.ToDictionary<ReviewView, Review>(v => v.Source, ReferenceEqualityComparer.Instance);
        var now = site.Reviews.Select(v => v.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var view in old.Reviews.Where(v => !now.Contains(v.Source)))
        {
            AddPagesShowing(view, pages);
        }

        foreach (var view in site.Reviews)
        {
            if (!before.TryGetValue(view.Source, out var earlier))
            {
                AddPagesShowing(view, pages);
            }
            else if (!SameSimilar(earlier, view))
            {
                pages.Add(view.Path);
            }
        }

        var oldPages = old.Pages.Select(p => p.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        pages.UnionWith(site.Pages.Where(p => !oldPages.Contains(p.Source)).Select(p => p.Path));
        return pages;
    }

    /// <summary>Whether two views of the same review link to the same similar recommendations (same review file, same number).</summary>
    private static bool SameSimilar(ReviewView a, ReviewView b)
    {
        for (int i = 0; i < a.Recommendations.Count; i++)
        {
            var x = a.Recommendations[i].Similar;
            var y = b.Recommendations[i].Similar;
            if (x.Count != y.Count)
            {
                return false;
            }

            for (int k = 0; k < x.Count; k++)
            {
                if (!ReferenceEquals(x[k].Review.Source, y[k].Review.Source) || x[k].Number != y[k].Number)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void AddPagesShowing(ReviewView review, HashSet<string> pages)
    {
        pages.Add(review.Path);
        pages.Add(review.Partnership.Path);
        pages.UnionWith(review.Themes.Select(t => t.Path));
        pages.UnionWith(review.Recommendations.SelectMany(r => r.Agencies).Select(a => a.Path));
    }
}
