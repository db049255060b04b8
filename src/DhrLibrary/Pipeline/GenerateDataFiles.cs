using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using DhrLibrary.Model;
using DhrLibrary.Output;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: the open data downloads. <c>data/reviews.json</c> keeps every text exactly;
/// <c>data/recommendations.csv</c> is RFC 4180 with one row per recommendation, and neutralises cells a
/// spreadsheet would run as a formula.
/// </summary>
public static class GenerateDataFiles
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IEnumerable<OutputFile> Generate(SiteModel site)
    {
        yield return OutputFile.Streamed("data/reviews.json", stream => WriteReviewsJson(site, stream));
        yield return OutputFile.StreamedText("data/recommendations.csv", writer => WriteRecommendationsCsv(site, writer));
        // The same recommendations, compactly, for the /recommendations/ filters (classic scripts, for file://): the
        // columns, their texts (most of the bytes, asked for after the columns), and the options with their counts
        // (small: the panel shows them before the others are asked for).
        yield return SearchIndex.RecommendationFilterData.Build(site);
        yield return SearchIndex.RecommendationFilterTexts.Build(site);
        yield return SearchIndex.RecommendationFilterOptions.Build(site);
    }

    public static string ReviewsJson(SiteModel site)
    {
        using var buffer = new MemoryStream();
        WriteReviewsJson(site, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteReviewsJson(SiteModel site, Stream stream)
    {
        var groups = RecurringGroups(site);
        var data = new
        {
            Title = site.Config.Title,
            Url = site.Config.BaseUrlWithSlash,
            ReviewCount = site.ReviewCount,
            Reviews = site.Reviews.Select(r => new
            {
                r.Slug,
                r.Title,
                Url = site.Config.BaseUrlWithSlash + r.Path,
                Partnership = r.Csp,
                Published = r.PublishedIso,
                r.YearOfDeath,
                r.ReviewType,
                r.StatutoryBasis,
                Source = new { Name = r.SourceName, r.ReportUrl },
                Themes = r.Themes.Select(t => t.Slug),
                Summary = r.Source.Summary.Trim(),
                Recommendations = r.Recommendations.Select(rec => new
                {
                    rec.Number,
                    rec.Text,
                    AddressedTo = rec.Agencies.Select(a => a.Name),
                    AddressedToKinds = rec.Agencies.Select(a => a.Kind),
                    RecurringGroup = groups.TryGetValue(rec, out int rank) ? rank : (int?)null,
                    rec.Status,
                    Updates = rec.Updates.Select(u => new { Date = u.DateIso, u.Status, u.Note, Source = u.SourceUrl }),
                }),
            }),
        };
        JsonSerializer.Serialize(stream, data, Json);
        stream.WriteByte((byte)'\n');
    }

    public static string RecommendationsCsv(SiteModel site)
    {
        using var writer = new StringWriter();
        WriteRecommendationsCsv(site, writer);
        return writer.ToString();
    }

    public static void WriteRecommendationsCsv(SiteModel site, TextWriter writer)
    {
        // CsvHelper 34 quotes only what RFC 4180 needs by default; 33 also quoted fields that start or end with
        // whitespace, and the published file keeps that shape (open data users diff it from release to release).
        var options = CsvWriterOptions.Default with
        {
            NewLine = "\r\n",
            Quoting = CsvQuoting.WhenNeededOrWhitespace,
            Injection = CsvInjection.Escape,
            InjectionCharacters = "=+-@\t\r",
            InjectionEscape = '\'',
        };
        var groups = RecurringGroups(site);
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            foreach (var header in new[] { "review_slug", "review_title", "partnership", "published", "year_of_death", "number", "text", "agencies", "themes", "status", "last_update", "agency_kinds", "recurring_group" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var review in site.Reviews)
            {
                string themes = string.Join("; ", review.Themes.Select(t => t.Name));
                foreach (var rec in review.Recommendations)
                {
                    csv.WriteField(review.Slug);
                    csv.WriteField(review.Title);
                    csv.WriteField(review.Csp);
                    csv.WriteField(review.PublishedIso);
                    csv.WriteField(review.YearOfDeath?.ToString(CultureInfo.InvariantCulture) ?? "");
                    csv.WriteField(rec.Number.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(rec.Text);
                    csv.WriteField(string.Join("; ", rec.Agencies.Select(a => a.Name)));
                    csv.WriteField(themes);
                    csv.WriteField(rec.Status);
                    csv.WriteField(rec.Updates.Count > 0 ? rec.Updates[^1].DateIso : "");
                    csv.WriteField(string.Join("; ", rec.Agencies.Select(a => a.Kind)));
                    csv.WriteField(groups.TryGetValue(rec, out int rank) ? rank.ToString(CultureInfo.InvariantCulture) : "");
                    csv.EndRecord();
                }
            }
        }
    }

    /// <summary>
    /// Each recommendation in one of the groups listed on <c>/recommendations/recurring/</c>, with that group's number
    /// there (its anchor is <c>#cluster-N</c>). Recommendations outside the listed groups have none.
    /// </summary>
    private static Dictionary<RecommendationView, int> RecurringGroups(SiteModel site)
    {
        var groups = new Dictionary<RecommendationView, int>(ReferenceEqualityComparer.Instance);
        foreach (var cluster in site.Recurring)
        {
            foreach (var rec in cluster.Recommendations)
            {
                groups.TryAdd(rec, cluster.Rank);
            }
        }

        return groups;
    }
}
