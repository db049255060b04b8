using DhrLibrary.Content;
using DhrLibrary.Import;

namespace DhrLibrary.Cli.Scaffolding;

/// <summary>
/// A new review file for a maintainer to fill in: valid front matter (so `check` passes at once), marked
/// <c>draft: true</c> so its placeholders cannot be published, and every placeholder saying TODO.
/// </summary>
public static class ReviewScaffold
{
    private const string Header = """
        # TODO: this file was made by `dhr-library new review`. Replace every TODO below with the
        # review's details (copy the wording from the report), add year_of_death, source.report_url
        # and themes (slugs from themes.yml) when known, then delete the line `draft: true` so the
        # review is published. Run `dhr-library check` to see anything still wrong.

        """;

    /// <summary>The slug for a partnership and month: <c>eastshire-2024-05</c>, then <c>-2</c>, <c>-3</c> while taken.</summary>
    public static string FreeSlug(string csp, PublishedDate published, Func<string, bool> taken)
    {
        string slug = $"{Slug.From(csp)}-{published.Year:D4}-{published.Month:D2}";
        string candidate = slug;
        for (int n = 2; taken(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    public static string Text(string csp, PublishedDate published, string? title)
    {
        var review = new Review
        {
            Slug = "",
            Title = string.IsNullOrWhiteSpace(title) ? $"{csp} review" : title.Trim(),
            Csp = csp,
            Published = published,
            ReviewType = "Domestic Homicide Review",
            Source = new ReviewSource("TODO the site the report was published on", null),
            Draft = true,
            Recommendations =
            [
                new Recommendation(1, "TODO copy recommendation 1 from the report, word for word; add one item per recommendation.", [], 0),
            ],
            Summary = "TODO summarise the review in a few paragraphs: the key concerns, the agencies involved,\n"
                + "and what went wrong. Leave out anything that could identify the victim, the perpetrator or\n"
                + "their families (names, dates of birth, addresses, phone numbers).",
        };
        string text = ReviewFileWriter.Write(review);
        return "---\n" + Header + text["---\n".Length..];
    }
}
