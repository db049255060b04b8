using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests;

/// <summary>/recommendations/recurring/: clusters of near-identical recommendations (synthetic fixture texts).</summary>
public sealed class RecurringRecommendationsTests : IDisposable
{
    private const string Original =
        "That Northshire Police reviews its domestic abuse escalation policy so that control room staff refer every repeat call to a specialist officer within 24 hours.";

    private const string Paraphrase =
        "That the police force review the domestic abuse escalation policy so control room staff refer each repeat call to a specialist officer within 24 hours of the call.";

    private const string Again =
        "That the police review their domestic abuse escalation policy so that control room staff refer every repeat call to a specialist officer within 48 hours.";

    private const string Training =
        "That the health board trains all GP practice staff to ask about domestic abuse and to record disclosures in the patient record.";

    private const string TrainingAgain =
        "That the health board trains every GP practice staff member to ask about domestic abuse and to record any disclosures in the patient record.";

    private const string Unrelated =
        "That the housing provider checks tenancy files for previous reports of anti-social behaviour before a joint tenancy is granted.";

    private readonly TestSite _site = new TestSite()
        .WithReview("northshire-2019-04", Review("First review", "2019-04", (Original, "Northshire Police"), (Training, "Northshire Health Board")))
        .WithReview("northshire-2021-02", Review("Second review", "2021-02", (Paraphrase, "Northshire Police"), (Unrelated, "Northshire Community Safety Partnership")))
        .WithReview("northshire-2024-05", Review("Third review", "2024-05", (Again, "Northshire Police"), (TrainingAgain, "Northshire Health Board")));

    public RecurringRecommendationsTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private static string Review(string title, string published, params (string Text, string Agency)[] recs) =>
        $"title: {title}\ncsp: Northshire\npublished: {published}\nrecommendations:\n"
        + string.Concat(recs.Select((r, i) => $"  - number: {i + 1}\n    text: {r.Text}\n    addressed_to: [{r.Agency}]\n"));

    [Fact]
    public void The_largest_cluster_comes_first_with_its_reviews_years_and_agencies()
    {
        var html = _site.Read("recommendations/recurring/index.html");
        int first = html.IndexOf("<h2 id=\"cluster-1\">1. Made in 3 reviews, 2019 to 2024</h2>", StringComparison.Ordinal);
        int second = html.IndexOf("<h2 id=\"cluster-2\">2. Made in 2 reviews, 2019 to 2024</h2>", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, html);
        string one = html[first..second];
        Assert.Contains($"<blockquote class=\"cluster-text\"><p>{Again}</p></blockquote>", one);
        Assert.Contains("<a href=\"../../agencies/northshire-police/\">Northshire Police</a>", one);
        foreach (var (slug, title) in new[] { ("northshire-2024-05", "Third review, May 2024"), ("northshire-2021-02", "Second review, February 2021"), ("northshire-2019-04", "First review, April 2019") })
        {
            Assert.Contains($"<a href=\"../../reviews/{slug}/#rec-1\">{title}, recommendation 1</a>", one);
        }

        // Members run oldest first (the blockquote above quotes the latest wording).
        Assert.True(one.IndexOf("First review, April", StringComparison.Ordinal) < one.IndexOf("Third review, May", StringComparison.Ordinal));
        Assert.Contains("Northshire Health Board", html[second..]);
    }

    [Fact]
    public void A_recommendation_made_only_once_is_not_listed()
    {
        var html = _site.Read("recommendations/recurring/index.html");
        Assert.DoesNotContain("Second review, recommendation 2", html);
        Assert.DoesNotContain("cluster-3", html);
    }

    [Fact]
    public void The_page_is_linked_from_home_and_in_the_sitemap()
    {
        Assert.Contains("href=\"recommendations/recurring/\"", _site.Read("index.html"));
        Assert.Contains("https://test.example.org/dhr/recommendations/recurring/", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void A_library_with_no_repeats_says_so()
    {
        using var site = new TestSite().WithReview("northshire-2024-05", Review("Only review", "2024-05", (Unrelated, "Northshire Police")));
        Assert.True(site.Build().Succeeded);
        Assert.Contains("No recommendation in the library has yet been made in more than one review.", site.Read("recommendations/recurring/index.html"));
    }
}
