using System.Globalization;
using System.Text;
using DhrLibrary.Content;

namespace DhrLibrary.Import;

/// <summary>
/// Writes a <see cref="Review"/> as the text of <c>input/reviews/&lt;slug&gt;.md</c>, in the content model's
/// field order: YAML front matter, then the summary as Markdown. <see cref="ReviewReader"/> reads the result
/// back to the same values. The slug, source path and line numbers are not part of the text.
/// </summary>
public static class ReviewFileWriter
{
    /// <summary>Recommendation texts are folded to this many columns, indentation included.</summary>
    public const int Width = 80;

    private const string TextIndent = "      ";

    public static string Write(Review review)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        Field(sb, "title", review.Title);
        Field(sb, "csp", review.Csp);
        sb.Append("published: ").Append(review.Published.Iso).Append('\n');
        if (review.YearOfDeath is int year)
        {
            sb.Append("year_of_death: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        OptionalField(sb, "review_type", review.ReviewType);
        if (review.StatutoryBasis is not null)
        {
            sb.Append("statutory_basis: ").Append(YamlScalar.Prose(review.StatutoryBasis)).Append('\n');
        }
        if (review.Source.Name is not null || review.Source.ReportUrl is not null || review.ExtractedRecommendations is not null)
        {
            sb.Append("source:\n");
            OptionalField(sb, "  name", review.Source.Name);
            OptionalField(sb, "  report_url", review.Source.ReportUrl);
            if (review.ExtractedRecommendations is int extracted)
            {
                sb.Append("  extracted_recommendations: ").Append(extracted.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        sb.Append("themes: [").AppendJoin(", ", review.Themes.Select(YamlScalar.Inline)).Append("]\n");
        if (review.Draft)
        {
            sb.Append("draft: true\n");
        }

        WriteRecommendations(sb, review.Recommendations);
        sb.Append("---\n");
        string body = review.Summary.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
        if (body.Length > 0)
        {
            sb.Append(body).Append('\n');
        }

        return sb.ToString();
    }

    private static void WriteRecommendations(StringBuilder sb, IReadOnlyList<Recommendation> recommendations)
    {
        if (recommendations.Count == 0)
        {
            sb.Append("recommendations: []\n");
            return;
        }

        sb.Append("recommendations:\n");
        foreach (var recommendation in recommendations)
        {
            sb.Append("  - number: ").Append(recommendation.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("    text: ").Append(YamlScalar.Folded(recommendation.Text, TextIndent, Width)).Append('\n');
            if (recommendation.AddressedTo.Count == 0)
            {
                sb.Append("    addressed_to: []\n");
                continue;
            }

            sb.Append("    addressed_to:\n");
            foreach (var agency in recommendation.AddressedTo)
            {
                sb.Append("      - ").Append(YamlScalar.Inline(agency)).Append('\n');
            }
        }
    }

    private static void Field(StringBuilder sb, string key, string value) =>
        sb.Append(key).Append(": ").Append(YamlScalar.Inline(value)).Append('\n');

    private static void OptionalField(StringBuilder sb, string key, string? value)
    {
        if (value is not null)
        {
            Field(sb, key, value);
        }
    }
}
