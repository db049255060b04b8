using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Similarity;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: turns the loaded library into the linked site model (reviews newest first, agencies with their
/// recommendations, partnerships, themes). Drafts are left out unless asked for.
/// </summary>
public static class AssembleSite
{
    /// <param name="findSimilar">Also link each recommendation to similar ones made before; the build runs that as a stage of its own, to time it.</param>
    public static SiteModel Assemble(Library library, bool includeDrafts, bool findSimilar = true)
    {
        var partnerships = new Dictionary<string, PartnershipView>(StringComparer.Ordinal);
        var themes = library.Themes.ToDictionary(t => t.Slug, t => new ThemeView(t), StringComparer.Ordinal);
        var agencies = library.Agencies.Agencies.ToDictionary(a => a.Name, a => new AgencyView(a), StringComparer.Ordinal);
        var agencySlugs = new UniqueSlugs(agencies.Values.Select(a => a.Slug));

        var reviews = library.Reviews
            .Where(r => includeDrafts || !r.Draft)
            .OrderByDescending(r => r.Published)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r =>
            {
                var cspSlug = Slug.From(r.Csp);
                if (!partnerships.TryGetValue(cspSlug, out var partnership))
                {
                    partnership = partnerships[cspSlug] = new PartnershipView(r.Csp, cspSlug);
                }

                return new ReviewView(r) { Partnership = partnership };
            })
            .ToList();

        foreach (var review in reviews)
        {
            review.Partnership.Reviews.Add(review);
            review.Themes = [.. review.Source.Themes.Where(themes.ContainsKey).Select(t => themes[t])];
            foreach (var theme in review.Themes)
            {
                theme.Reviews.Add(review);
            }

            var recommendations = new List<RecommendationView>(review.Source.Recommendations.Count);
            foreach (var rec in review.Source.Recommendations)
            {
                var addressed = rec.AddressedTo
                    .Select(name => Resolve(name, library.Agencies, agencies, agencySlugs))
                    .Distinct()
                    .ToList();
                var view = new RecommendationView
                {
                    Number = rec.Number,
                    Text = rec.Text,
                    Agencies = addressed,
                    Review = review,
                    ImplementationStatus = rec.Status,
                    Updates = [.. rec.Updates.Select(u => new RecommendationUpdateView(u))],
                };
                recommendations.Add(view);
                foreach (var agency in addressed)
                {
                    var groups = agency.Groups;
                    if (groups.Count == 0 || groups[^1].Review != review)
                    {
                        groups.Add(new ReviewGroup(review, []));
                    }

                    groups[^1].Recommendations.Add(view);
                }
            }

            review.Recommendations = recommendations;
        }

        if (findSimilar)
        {
            FindSimilarRecommendations.Apply(reviews);
        }

        var agencyList = agencies.Values
            .Where(a => a.Known || a.Groups.Count > 0)
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var kinds = AgencyKinds.All
            .Select(k => new AgencyKindGroup(k, [.. agencyList.Where(a => a.Source.Kind == k)]))
            .Where(g => g.Agencies.Count > 0)
            .ToList();

        return new SiteModel
        {
            Config = library.Site,
            Reviews = reviews,
            Agencies = agencyList,
            AgencyKinds = kinds,
            Partnerships = [.. partnerships.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)],
            Themes = [.. themes.Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)],
            Pages = [.. library.Pages.Select(p => new PageView(p))],
            Glossary = [.. library.Glossary.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)],
        };
    }

    private static AgencyView Resolve(string name, AgencyCatalog catalog, Dictionary<string, AgencyView> views, UniqueSlugs slugs)
    {
        if (catalog.TryResolve(name, out var known))
        {
            return views[known.Name];
        }

        string canonical = catalog.CanonicalName(name);
        if (!views.TryGetValue(canonical, out var view))
        {
            // An agency missing from agencies.yml still gets a page; `check` warns about it.
            string slug = slugs.Claim(Content.Slug.From(canonical));

            view = views[canonical] = new AgencyView(new Agency(canonical, slug, [], AgencyKind.Other, Known: false));
        }

        return view;
    }
}
