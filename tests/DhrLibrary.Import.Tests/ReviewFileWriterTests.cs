using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import.Tests;

/// <summary>The writer's output reads back through the core <see cref="ReviewReader"/> to the same values, with no diagnostics.</summary>
public sealed class ReviewFileWriterTests
{
    private static readonly AgencyCatalog Agencies = new([]);

    public static TheoryData<string> AwkwardTexts => new()
    {
        "yes", "No", "null", "~", "true", "2017", "0x1F", "1e3", "-1", "+44", ".5", "12:30", "2023-05",
        "- starts like a list item", "? starts like a key", ": starts with a colon", "key: value", "ends with a colon:",
        "has a # comment marker", "#hash first", "&anchor", "*alias", "!tag", "|pipe", ">fold", "%directive", "@at", "`tick",
        "'single quoted'", "\"double quoted\"", "Women's Aid", "National Police Chiefs’ Council", "Bath, North East Somerset",
        "[bracketed]", "{braced}", "back\\slash", "a  double  space", "ünïcödé – dash — and “quotes”", "emoji 🙂 ok",
        "tab\there", "ends with a bar |", "---", "...",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Awkward_text_reads_back_exactly_as_every_kind_of_field(string text)
    {
        var review = Review(
            title: text, csp: text, statutoryBasis: text, sourceName: text,
            recommendations: [new Recommendation(1, text, [text, "Plain Agency"], 0)]);

        var back = ReadBack(review, out var diagnostics);

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics) + "\n" + ReviewFileWriter.Write(review));
        Assert.Equal(text, back.Title);
        Assert.Equal(text, back.Csp);
        Assert.Equal(text, back.StatutoryBasis);
        Assert.Equal(text, back.Source.Name);
        Assert.Equal(text, back.Recommendations[0].Text);
        Assert.Equal([text, "Plain Agency"], back.Recommendations[0].AddressedTo);
    }

    [Fact]
    public void Long_recommendation_texts_are_folded_within_eighty_columns_and_read_back_exactly()
    {
        string text = string.Join(" ", Enumerable.Range(1, 120).Select(i => $"word{i}")) + " " + new string('x', 120) + " end.";
        var review = Review(recommendations: [new Recommendation(1, text, ["Home Office"], 0)]);

        string file = ReviewFileWriter.Write(review);
        var back = ReadBack(review, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Contains("    text: >-\n      word1 word2", file);
        Assert.All(file.Split('\n').Where(l => l.StartsWith("      word", StringComparison.Ordinal)), l => Assert.True(l.Length <= 80, l));
        Assert.Equal(text, back.Recommendations[0].Text);
    }

    [Fact]
    public void Names_that_need_quotes_are_double_quoted_and_plain_names_are_not()
    {
        var review = Review(recommendations:
        [
            new Recommendation(1, "Text.", ["Ministry of Housing, Communities and Local Government", "yes", "2017", "Women's Aid", "Greater Manchester Police"], 0),
        ]);

        string file = ReviewFileWriter.Write(review);

        Assert.Contains("      - \"Ministry of Housing, Communities and Local Government\"\n", file);
        Assert.Contains("      - \"yes\"\n", file);
        Assert.Contains("      - \"2017\"\n", file);
        Assert.Contains("      - Women's Aid\n", file);
        Assert.Contains("      - Greater Manchester Police\n", file);
    }

    [Fact]
    public void Fields_follow_the_content_model_order_and_optional_ones_are_left_out_when_unknown()
    {
        var review = Review() with { YearOfDeath = null, ReviewType = null, StatutoryBasis = null, Source = new ReviewSource(null, null), Themes = [] };

        string file = ReviewFileWriter.Write(review);

        Assert.Equal("---\ntitle: Exampleshire review\ncsp: Exampleshire\npublished: 2021-03-14\nthemes: []\nrecommendations: []\n---\nA summary.\n", file);
    }

    [Fact]
    public void A_full_review_writes_every_field_in_order()
    {
        var review = Review(recommendations: [new Recommendation(1, "Do it.", ["Home Office", "NHS England"], 0), new Recommendation(2, "Share it.", [], 0)])
            with
            {
                Source = new ReviewSource("Home Office DHR Library", "https://example.org/report.pdf"),
                ExtractedRecommendations = 2,
                Themes = ["training", "housing"],
                Draft = true,
            };

        string file = ReviewFileWriter.Write(review);
        var back = ReadBack(review, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(review.Source, back.Source);
        Assert.Equal(2, back.ExtractedRecommendations);
        Assert.Equal(
            """
            ---
            title: Exampleshire review
            csp: Exampleshire
            published: 2021-03-14
            year_of_death: 2019
            review_type: Domestic Homicide Review
            statutory_basis: Statutory review.
            source:
              name: Home Office DHR Library
              report_url: https://example.org/report.pdf
              extracted_recommendations: 2
            themes: [training, housing]
            draft: true
            recommendations:
              - number: 1
                text: >-
                  Do it.
                addressed_to:
                  - Home Office
                  - NHS England
              - number: 2
                text: >-
                  Share it.
                addressed_to: []
            ---
            A summary.

            """.Replace("\r\n", "\n"),
            file);
    }

    private static Review Review(
        string title = "Exampleshire review", string csp = "Exampleshire", string statutoryBasis = "Statutory review.",
        string sourceName = "Home Office DHR Library", IReadOnlyList<Recommendation>? recommendations = null) => new()
    {
        Slug = "exampleshire-2021-03",
        Title = title,
        Csp = csp,
        Published = new PublishedDate(2021, 3, 14),
        YearOfDeath = 2019,
        ReviewType = "Domestic Homicide Review",
        StatutoryBasis = statutoryBasis,
        Source = new ReviewSource(sourceName, null),
        Recommendations = recommendations ?? [],
        Summary = "A summary.",
    };

    private static Review ReadBack(Review review, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var vocabulary = ReviewVocabulary.From(review.Themes.Select(t => new Theme(t, t, [])), Agencies);
        var back = ReviewReader.Read("exampleshire-2021-03.md", ReviewFileWriter.Write(review), vocabulary, bag);
        diagnostics = [.. bag.Items.Where(d => !d.Message.StartsWith("unknown agency", StringComparison.Ordinal))];
        return back ?? throw new Xunit.Sdk.XunitException(string.Join("\n", bag.Items) + "\n" + ReviewFileWriter.Write(review));
    }
}
