using DhrLibrary.Content;
using DhrLibrary.Model;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: turns the loaded library, with what the stages before it found (<see cref="ModelInputs"/>: summaries,
/// similar recommendations, reports), into the linked site model the templates read (reviews newest first, agencies
/// with their recommendations, partnerships, themes, recurring clusters). The model is built here once; no later
/// stage changes it. Drafts are left out unless asked for.
/// </summary>
public static class AssembleSite
{
    /// <summary>The reviews a site shows, in site order (newest first, then by slug); drafts only when asked for.</summary>
    public static IReadOnlyList<Review> Order(IEnumerable<Review> reviews, bool includeDrafts) => [.. reviews
        .Where(r => includeDrafts || !r.Draft)
        .OrderByDescending(r => r.Published)
        .ThenBy(r => r.Slug, StringComparer.Ordinal)];

    /// <summary>The model without the other stages' results (no summaries, similar links or reports).</summary>
    public static SiteModel Assemble(Library library, bool includeDrafts) =>
        Assemble(library, Order(library.Reviews, includeDrafts), new ModelInputs());

    /// <param name="ordered">The reviews to show, from <see cref="Order"/> (the similarity stage took the same list).</param>
    public static SiteModel Assemble(Library library, IReadOnlyList<Review> ordered, ModelInputs inputs)
    {
        var partnerships = new Dictionary<string, PartnershipView>(StringComparer.Ordinal);
        var themes = library.Themes.ToDictionary(t => t.Slug, t => new ThemeView(t), StringComparer.Ordinal);
        var agencies = library.Agencies.Agencies.ToDictionary(a => a.Name, a => new AgencyView(a), StringComparer.Ordinal);
        var agencySlugs = new UniqueSlugs(agencies.Values.Select(a => a.Slug));

        var reviews = ordered
            .Select(r =>
            {
                var cspSlug = Slug.From(r.Csp);
                if (!partnerships.TryGetValue(cspSlug, out var partnership))
                {
                    partnership = partnerships[cspSlug] = new PartnershipView(r.Csp, cspSlug);
                }

                return new ReviewView(r)
                {
                    Partnership = partnership,
                    Summary = inputs.Summaries.GetValueOrDefault(r) ?? ReviewSummary.Empty,
                    Report = inputs.Reports.GetValueOrDefault(r),
                };
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
                    Source = rec,
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

        var views = Link(reviews, inputs);

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
            Recurring = [.. inputs.Similar.Recurring.Select((members, rank) => new RecurringCluster
            {
                Recommendations = [.. members.Select(m => views[m.Recommendation])],
                Rank = rank + 1,
            })],
            SearchableReportCount = reviews.Count(r => r.Report is { Searchable: true }),
        };
    }

    /// <summary>
    /// Links each recommendation view to the views of its similar ones (in this model, or for a model of a few
    /// reviews in <see cref="ModelInputs.LinkedTo"/>), and returns the views by recommendation.
    /// </summary>
    private static Dictionary<Recommendation, RecommendationView> Link(List<ReviewView> reviews, ModelInputs inputs)
    {
        var views = new Dictionary<Recommendation, RecommendationView>(ReferenceEqualityComparer.Instance);
        foreach (var view in reviews.SelectMany(r => r.Recommendations))
        {
            views[view.Source] = view;
        }

        foreach (var view in views.Values)
        {
            var similar = inputs.Similar.Of(view.Source);
            if (similar.Count > 0)
            {
                view.Similar = [.. similar
                    .Select(s => views.GetValueOrDefault(s.Recommendation) ?? inputs.LinkedTo?.ViewOf(s.Recommendation))
                    .OfType<RecommendationView>()];
            }
        }

        return views;
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
