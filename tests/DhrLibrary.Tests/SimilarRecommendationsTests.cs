using System.Diagnostics;
using DhrLibrary.Content;
using DhrLibrary.Model;
using DhrLibrary.Pipeline;
using DhrLibrary.Similarity;

namespace DhrLibrary.Tests;

/// <summary>"Similar recommendations made before", over synthetic recommendation texts.</summary>
public sealed class SimilarRecommendationsTests
{
    private const string Original =
        "That Northshire Police reviews its domestic abuse escalation policy so that control room staff refer every repeat call to a specialist officer within 24 hours.";

    private const string Paraphrase =
        "That the police force review the domestic abuse escalation policy so control room staff refer each repeat call to a specialist officer within 24 hours of the call.";

    private const string Unrelated =
        "That the health board trains all GP practice staff to ask about domestic abuse and to record disclosures in the patient record.";

    private static IReadOnlyList<ReviewView> Reviews(params (string Slug, string Published, string[] Texts)[] specs)
    {
        var reviews = specs.Select(spec =>
        {
            PublishedDate.TryParse(spec.Published, out var published);
            var review = new Review
            {
                Slug = spec.Slug,
                Title = $"Synthetic review {spec.Slug}",
                Csp = "Northshire",
                Published = published,
                Recommendations = [.. spec.Texts.Select((t, i) => new Recommendation(i + 1, t, [], 0))],
                Summary = "",
                SourcePath = "",
            };
            return review;
        }).ToList();
        // The build's stages: site order, the similarity pass, then assembly from its result.
        var ordered = AssembleSite.Order(reviews, includeDrafts: true);
        var similar = FindSimilarRecommendations.Find(SimilarityItem.Of(ordered, AgencyCatalog.Empty));
        var library = new Library(new SiteConfig(), AgencyCatalog.Empty, [], reviews, []);
        return AssembleSite.Assemble(library, ordered, new ModelInputs { Similar = similar }).Reviews;
    }

    [Fact]
    public void A_paraphrased_near_duplicate_made_earlier_is_found_and_an_unrelated_one_is_not()
    {
        var reviews = Reviews(("newer", "2024-05", [Paraphrase]), ("older", "2021-02", [Unrelated, Original]));
        var similar = Assert.Single(reviews[0].Recommendations[0].Similar);
        Assert.Equal(("older", 2), (similar.Review.Slug, similar.Number));
        Assert.True(ShingleSet.Jaccard(ShingleSet.Of(Original), ShingleSet.Of(Paraphrase)) >= FindSimilarRecommendations.Threshold);
        Assert.True(ShingleSet.Jaccard(ShingleSet.Of(Original), ShingleSet.Of(Unrelated)) < 0.1);
    }

    [Fact]
    public void Only_earlier_reviews_count_not_later_ones_or_the_same_review()
    {
        var reviews = Reviews(("newer", "2024-05", [Paraphrase]), ("older", "2021-02", [Original, Original]));
        Assert.Empty(reviews[1].Recommendations[0].Similar);
        Assert.Empty(reviews[1].Recommendations[1].Similar);
        Assert.Equal(2, reviews[0].Recommendations[0].Similar.Count);
    }

    [Fact]
    public void At_most_five_are_listed_and_the_result_is_the_same_every_run()
    {
        var specs = Enumerable.Range(0, 8).Select(i => ($"r{i}", $"20{10 + i}-01", new[] { Original })).ToArray();
        var first = Reviews(specs)[0].Recommendations[0].Similar.Select(r => r.Review.Slug).ToList();
        var second = Reviews(specs)[0].Recommendations[0].Similar.Select(r => r.Review.Slug).ToList();
        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_same_words_to_a_different_kind_of_agency_are_not_a_repeat_but_to_the_same_agency_they_are()
    {
        using var site = new TestSite()
            .WithReview("northshire-2020-01", $"title: Health review\ncsp: Northshire\npublished: 2020-01\nrecommendations:\n  - number: 1\n    text: {Original}\n    addressed_to: [Northshire Health Board]")
            .WithReview("northshire-2021-02", $"title: Police review\ncsp: Northshire\npublished: 2021-02\nrecommendations:\n  - number: 1\n    text: {Original}\n    addressed_to: [NP]")
            .WithReview("northshire-2024-05", $"title: Newer review\ncsp: Northshire\npublished: 2024-05\nrecommendations:\n  - number: 1\n    text: {Paraphrase}\n    addressed_to: [Northshire Police]");
        Assert.True(site.Build().Succeeded);
        var html = site.Read("reviews/northshire-2024-05/index.html");
        Assert.Contains("Police review, recommendation 1", html);
        Assert.DoesNotContain("Health review, recommendation 1", html);
    }

    [Fact]
    public void The_review_page_links_similar_recommendations_made_before()
    {
        using var site = new TestSite()
            .WithReview("northshire-2021-02", $"title: Older review\ncsp: Northshire\npublished: 2021-02\nrecommendations:\n  - number: 3\n    text: {Original}\n    addressed_to: [Northshire Police]")
            .WithReview("northshire-2024-05", $"title: Newer review\ncsp: Northshire\npublished: 2024-05\nrecommendations:\n  - number: 1\n    text: {Paraphrase}\n    addressed_to: [Northshire Police]");
        Assert.True(site.Build().Succeeded);
        var html = site.Read("reviews/northshire-2024-05/index.html");
        Assert.Contains("<a href=\"../../reviews/northshire-2021-02/#rec-3\">Older review, recommendation 3</a> <span class=\"meta\">Northshire, published February 2021</span> <a class=\"status-link\" href=\"../../recommendation-status/\"><span class=\"status status-unknown\">Status unknown</span></a>", html);
        Assert.DoesNotContain("Similar recommendations made before", site.Read("reviews/northshire-2021-02/index.html"));
    }
}
