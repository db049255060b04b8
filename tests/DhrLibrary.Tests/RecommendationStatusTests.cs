using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Tests;

/// <summary>Synthetic reviews with implementation tracking (status and updates) on their recommendations.</summary>
public sealed class RecommendationStatusTests
{
    private const string Head = """
        title: Northshire review
        csp: Northshire
        published: 2022-03
        recommendations:
          - number: 1
            text: That the partnership shares this review.
            addressed_to: [Northshire CSP]

        """;

    private static (Review? Review, IReadOnlyList<Diagnostic> Problems) Read(string extra)
    {
        var bag = new DiagnosticBag();
        var vocabulary = ReviewVocabulary.From([], AgencyCatalog.Empty);
        var review = ReviewReader.Read("reviews/northshire-2022-03.md", $"---\n{Head}{extra.TrimEnd()}\n---\nA synthetic summary.\n", vocabulary, bag);
        return (review, bag.Items.Where(d => d.IsError).ToList());
    }

    private static Diagnostic SingleError(string extra)
    {
        var (review, problems) = Read(extra);
        Assert.Null(review);
        return Assert.Single(problems);
    }

    [Fact]
    public void Without_status_or_updates_the_status_is_unknown()
    {
        var rec = Assert.Single(Read("").Review!.Recommendations);
        Assert.Equal(RecommendationStatus.Unknown, rec.Status);
        Assert.Empty(rec.Updates);
    }

    [Fact]
    public void A_status_alone_is_read()
    {
        var rec = Assert.Single(Read("    status: accepted").Review!.Recommendations);
        Assert.Equal(RecommendationStatus.Accepted, rec.Status);
    }

    [Fact]
    public void Updates_are_read_oldest_first_and_the_status_is_the_last_one()
    {
        var (review, problems) = Read("""
                updates:
                  - date: 2023-01
                    status: accepted
                  - date: 2024-06-14
                    status: in-progress
                    note: Escalation policy reissued to control room staff.
                    source: https://example.org/action-plan.pdf
            """);
        Assert.Empty(problems);
        var rec = Assert.Single(review!.Recommendations);
        Assert.Equal(RecommendationStatus.InProgress, rec.Status);
        Assert.Equal(2, rec.Updates.Count);
        Assert.Equal(new RecommendationUpdate(new PublishedDate(2023, 1, null), RecommendationStatus.Accepted, null, null, 10), rec.Updates[0]);
        var last = rec.Updates[1];
        Assert.Equal(("2024-06-14", RecommendationStatus.InProgress, "Escalation policy reissued to control room staff.", "https://example.org/action-plan.pdf", 12),
            (last.Date.Iso, last.Status, last.Note, last.Source, last.Line));
    }

    [Fact]
    public void A_status_that_matches_the_last_update_is_allowed()
    {
        var (review, problems) = Read("    status: implemented\n    updates:\n      - date: 2024-06\n        status: implemented");
        Assert.Empty(problems);
        Assert.Equal(RecommendationStatus.Implemented, review!.Recommendations[0].Status);
    }

    [Fact]
    public void An_unknown_status_lists_the_allowed_ones()
    {
        var problem = SingleError("    status: done");
        Assert.Equal((9, 13), (problem.Line, problem.Column));
        Assert.Equal("reviews/northshire-2022-03.md", problem.File);
        Assert.Contains("unknown status 'done': use one of unknown, accepted, in-progress, implemented, partly-implemented, not-implemented, not-accepted", problem.Message);
    }

    [Fact]
    public void An_unknown_status_in_an_update_is_an_error()
    {
        var problem = SingleError("    updates:\n      - date: 2024-06\n        status: finished");
        Assert.Equal((11, 17), (problem.Line, problem.Column));
        Assert.Contains("unknown status 'finished'", problem.Message);
    }

    [Theory]
    [InlineData("      - status: accepted", "missing required field 'date'")]
    [InlineData("      - date: 2024-06", "missing required field 'status'")]
    public void An_update_needs_a_date_and_a_status(string update, string message)
    {
        var problem = SingleError("    updates:\n" + update);
        Assert.Equal(10, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("June 2024")]
    public void A_bad_update_date_is_an_error(string date)
    {
        var problem = SingleError($"    updates:\n      - date: {date}\n        status: accepted");
        Assert.Equal((10, 15), (problem.Line, problem.Column));
        Assert.Contains("an update's 'date' must be a real date written YYYY-MM or YYYY-MM-DD", problem.Message);
    }

    [Fact]
    public void An_update_in_the_future_is_an_error()
    {
        var problem = SingleError("    updates:\n      - date: 2099-01\n        status: accepted");
        Assert.Equal(10, problem.Line);
        Assert.Contains("2099-01, which is in the future", problem.Message);
    }

    [Fact]
    public void Updates_out_of_order_are_an_error_naming_the_earlier_line()
    {
        var problem = SingleError("    updates:\n      - date: 2024-06\n        status: accepted\n      - date: 2023-01\n        status: implemented");
        Assert.Equal((12, 15), (problem.Line, problem.Column));
        Assert.Contains("oldest first: 2023-01 comes after 2024-06 (line 10)", problem.Message);
    }

    [Fact]
    public void Unknown_keys_in_an_update_are_errors()
    {
        var problem = SingleError("    updates:\n      - date: 2024-06\n        status: accepted\n        owner: Someone");
        Assert.Equal((12, 9), (problem.Line, problem.Column));
        Assert.Contains("unknown key 'owner' in an update; allowed keys are date, status, note, source", problem.Message);
    }

    [Fact]
    public void A_status_that_disagrees_with_the_last_update_is_an_error()
    {
        var problem = SingleError("    status: implemented\n    updates:\n      - date: 2024-06\n        status: in-progress");
        Assert.Equal((9, 13), (problem.Line, problem.Column));
        Assert.Contains("'status' is 'implemented' but the last update (line 11) says 'in-progress'", problem.Message);
    }

    [Theory]
    [InlineData("    updates: in-progress", "'updates' must be a list")]
    [InlineData("    updates:\n      - in-progress", "each update must be a mapping")]
    [InlineData("    updates:\n      - date: 2024-06\n        status: accepted\n        source: example.org/plan", "'source' must be a full http(s) address")]
    public void Malformed_updates_are_errors(string extra, string message)
    {
        Assert.Contains(message, SingleError(extra).Message);
    }
}
