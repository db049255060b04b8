namespace DhrLibrary.Tests;

public sealed class FrontMatterValidationTests : IDisposable
{
    private const string Valid = """
        title: Northshire review
        csp: Northshire
        published: 2022-03
        recommendations:
          - number: 1
            text: That the partnership shares this review.
            addressed_to: [Northshire CSP]
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_valid_review_has_no_problems()
    {
        _site.WithReview("northshire-2022-03", Valid);
        Assert.Empty(_site.Check());
    }

    [Theory]
    [InlineData("colour: blue\n", 2, 1, "unknown key 'colour'")]
    [InlineData("title: Again\n", 3, 1, "duplicate key 'title'")]
    [InlineData("year_of_death:\t2019\n", 2, 15, "tab character")]
    [InlineData("review_type: &t Domestic Homicide Review\n", 2, 14, "anchor '&t' is not allowed")]
    public void Extra_lines_at_the_top_of_the_front_matter_are_reported_with_file_line_and_column(string extra, int line, int column, string message)
    {
        _site.WithReview("northshire-2022-03", extra + Valid);
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Equal(_site.ReviewPath("northshire-2022-03"), problem.File);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("published: 2022-03", "published: no", 4, "'published' must be a real date")]
    [InlineData("published: 2022-03", "published: 2023-02-30", 4, "'published' must be a real date")]
    [InlineData("published: 2022-03", "published: 2022-13", 4, "'published' must be a real date")]
    [InlineData("title: Northshire review", "title: [a, b]", 2, "'title' must be text, not a list")]
    [InlineData("title: Northshire review\n", "", 2, "missing required field 'title'")]
    [InlineData("    addressed_to: [Northshire CSP]", "    addressed_to: Northshire CSP", 8, "'addressed_to' must be a list")]
    [InlineData("  - number: 1", "  - number: one", 6, "'number' must be a whole number")]
    public void Wrong_values_are_errors_on_their_own_line(string from, string to, int line, string message)
    {
        _site.WithReview("northshire-2022-03", Valid.Replace(from, to));
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Quoted_no_is_still_not_a_date_but_the_message_quotes_it()
    {
        _site.WithReview("northshire-2022-03", Valid.Replace("published: 2022-03", "published: \"no\""));
        Assert.Contains(_site.Check(), d => d.IsError && d.Message.Contains("not 'no'"));
    }

    [Fact]
    public void Duplicate_recommendation_numbers_are_errors_naming_the_first_use()
    {
        _site.WithReview("northshire-2022-03", Valid + "\n  - number: 1\n    text: Again.\n    addressed_to: [NP]");
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Equal(9, problem.Line);
        Assert.Contains("duplicate recommendation number 1 (first used on line 6)", problem.Message);
    }

    [Fact]
    public void An_alias_is_an_error()
    {
        _site.WithReview("northshire-2022-03", "csp: &c Northshire\ntitle: *c\npublished: 2022-03\nrecommendations: []");
        Assert.Contains(_site.Check(), d => d.IsError && d.Message.Contains("anchor"));
    }

    [Fact]
    public void Unknown_theme_slugs_are_errors()
    {
        _site.WithReview("northshire-2022-03", Valid + "\nthemes: [information-sharing, informaton-sharing]");
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Equal((9, 31), (problem.Line, problem.Column));
        Assert.Contains("unknown theme 'informaton-sharing'", problem.Message);
    }

    [Fact]
    public void Unknown_agencies_are_warnings_with_a_suggestion()
    {
        _site.WithReview("northshire-2022-03", Valid.Replace("[Northshire CSP]", "[Northshire Polic]"));
        var problem = Assert.Single(_site.Check());
        Assert.False(problem.IsError);
        Assert.Contains("unknown agency 'Northshire Polic'", problem.Message);
        Assert.Contains("did you mean 'Northshire Police'", problem.Message);
    }

    [Theory]
    [InlineData("Northshire-2022-03")]
    [InlineData("northshire_2022_03")]
    [InlineData("northshire--2022")]
    public void Bad_file_names_are_errors(string slug)
    {
        _site.WithReview(slug, Valid);
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Contains("bad file name", problem.Message);
    }

    [Fact]
    public void A_year_of_death_after_publication_is_an_error()
    {
        _site.WithReview("northshire-2022-03", Valid + "\nyear_of_death: 2024");
        Assert.Contains(_site.Check(), d => d.IsError && d.Line == 9 && d.Message.Contains("after the review was published"));
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run()
    {
        _site.WithReview("a-2022-03", "colour: red\n" + Valid)
            .WithReview("b-2022-03", Valid.Replace("2022-03", "2022-3"))
            .WithReview("c-2022-03", "title: x");
        var errors = _site.Check().Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.File.EndsWith("a-2022-03.md") && d.Message.Contains("unknown key"));
        Assert.Contains(errors, d => d.File.EndsWith("b-2022-03.md") && d.Message.Contains("published"));
        Assert.Contains(errors, d => d.File.EndsWith("c-2022-03.md") && d.Message.Contains("missing required field 'csp'"));
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        _site.With("reviews/x-2022-03.md", "just text\n");
        Assert.Contains(_site.Check(), d => d.IsError && d.Line == 1 && d.Message.Contains("no front matter"));
    }

    [Fact]
    public void Lines_count_from_the_top_of_the_file_with_crlf_and_a_bom()
    {
        _site.With("reviews/northshire-2022-03.md", "\uFEFF---\r\n" + (Valid + "\ncolour: red").Replace("\n", "\r\n") + "\r\n---\r\nBody\r\n");
        var problem = Assert.Single(_site.Check(), d => d.IsError);
        Assert.Equal((9, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void Diagnostics_print_in_the_form_editors_understand()
    {
        _site.WithReview("northshire-2022-03", "colour: red\n" + Valid);
        var text = Assert.Single(_site.Check()).ToString();
        Assert.Equal($"{_site.ReviewPath("northshire-2022-03")}:2:1: error: unknown key 'colour' in a review; allowed keys are title, csp, published, year_of_death, review_type, statutory_basis, source, themes, recommendations, draft", text);
    }
}
