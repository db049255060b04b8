using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Pipeline;
using DhrLibrary.Similarity;

namespace DhrLibrary.Cli.Tests.Preview;

/// <summary>The preview's incremental similar links against the whole pass they stand in for.</summary>
public sealed class SimilarityIndexTests
{
    private static readonly string[] Words =
    [
        "police", "review", "risk", "assessment", "information", "shared", "partner", "agencies", "daily", "meetings",
        "training", "staff", "housing", "tenancy", "victims", "escalation", "policy", "referral", "pathway", "health",
    ];

    [Fact]
    public void A_Query_For_One_Review_Finds_Exactly_What_The_Whole_Pass_Finds()
    {
        // Many near-copies of a few sentences, so buckets overflow the per-band and total candidate caps.
        var library = Library(120);
        var (site, index) = Whole(library);
        Assert.Contains(site.Reviews, r => r.Recommendations.Any(rec => rec.Similar.Count == FindSimilarRecommendations.MaxSimilar));

        foreach (var review in site.Reviews)
        {
            var alone = Alone(library, review.Source, index, site);
            Assert.Equal(Links(review), Links(alone.Reviews[0]));
        }
    }

    [Fact]
    public void An_Edited_Review_Is_Matched_As_A_New_Whole_Pass_Would_Match_It()
    {
        var library = Library(80);
        var (before, index) = Whole(library);

        // Give one review the recommendations of another, reworded a little.
        var target = library.Reviews[40];
        var source = library.Reviews[7];
        var edited = target with
        {
            Recommendations = [.. source.Recommendations.Select(r => r with { Text = r.Text + " every year" })],
        };
        var after = library with { Reviews = [.. library.Reviews.Select(r => ReferenceEquals(r, target) ? edited : r)] };
        var (whole, _) = Whole(after);

        var alone = Alone(after, edited, index, before);
        Assert.Equal(Links(whole.Reviews.Single(r => r.Slug == edited.Slug)), Links(alone.Reviews[0]));
    }

    /// <summary>A whole pass over <paramref name="library"/>, as the preview makes it, and the model assembled from it.</summary>
    private static (SiteModel Site, SimilarityIndex Index) Whole(Library library)
    {
        var ordered = AssembleSite.Order(library.Reviews, includeDrafts: true);
        var similar = FindSimilarRecommendations.Find(SimilarityItem.Of(ordered, library.Agencies), keepIndex: true);
        return (AssembleSite.Assemble(library, ordered, new ModelInputs { Similar = similar }), similar.Index!);
    }

    /// <summary>One review on a model of its own, its links found by querying <paramref name="index"/> (the preview's fast phase).</summary>
    private static SiteModel Alone(Library library, Review review, SimilarityIndex index, SiteModel indexed)
    {
        var similar = index.Find(SimilarityItem.Of([review], library.Agencies), r => r.SourcePath == review.SourcePath);
        return AssembleSite.Assemble(library with { Reviews = [review] }, [review], new ModelInputs { Similar = similar, LinkedTo = indexed });
    }

    private static List<string> Links(ReviewView review) =>
        [.. review.Recommendations.Select(rec => $"{rec.Number}: " + string.Join(", ", rec.Similar.Select(s => $"{s.Review.Slug}#{s.Number}")))];

    private static Library Library(int count)
    {
        var agencies = new AgencyCatalog([
            new Agency("Northshire Police", "northshire-police", [], AgencyKind.Police),
            new Agency("Westshire Police", "westshire-police", [], AgencyKind.Police),
            new Agency("Riverside Housing Association", "riverside-housing-association", [], AgencyKind.Housing),
        ]);
        uint state = 12345;
        int Next(int n)
        {
            state = state * 1664525 + 1013904223;
            return (int)((state >> 8) % (uint)n);
        }

        var bases = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 16).Select(_ => Words[Next(Words.Length)]).ToArray()).ToArray();
        var reviews = new List<Review>();
        for (int i = 0; i < count; i++)
        {
            var recs = new List<Recommendation>();
            for (int n = 1; n <= 1 + Next(4); n++)
            {
                var words = (string[])bases[Next(bases.Length)].Clone();
                for (int swaps = Next(4); swaps > 0; swaps--)
                {
                    words[Next(words.Length)] = Words[Next(Words.Length)];
                }

                string agency = new[] { "Northshire Police", "Westshire Police", "Riverside Housing Association" }[Next(3)];
                recs.Add(new Recommendation(n, "That " + string.Join(' ', words) + ".", [agency], n));
            }

            string slug = $"place{i}-{2012 + i % 12}-{1 + i % 12:D2}";
            reviews.Add(new Review
            {
                Slug = slug,
                Title = $"Place {i} review",
                Csp = $"Place {i % 7}",
                Published = new PublishedDate(2012 + i % 12, 1 + i % 12, null),
                Recommendations = recs,
                SourcePath = $"reviews/{slug}.md",
            });
        }

        return new Library(new SiteConfig(), agencies, [], reviews, []);
    }
}
