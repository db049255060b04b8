using DhrLibrary.Diagnostics;
using DhrLibrary.Yaml;

namespace DhrLibrary.Content;

/// <summary>Reads one <c>input/reviews/&lt;slug&gt;.md</c> file into a <see cref="Review"/>, reporting every problem it finds.</summary>
public static class ReviewReader
{
    private static readonly string[] ReviewKeys =
        ["title", "csp", "published", "year_of_death", "review_type", "statutory_basis", "source", "themes", "recommendations", "draft"];

    private static readonly string[] SourceKeys = ["name", "report_url", "extracted_recommendations"];

    private static readonly string[] RecommendationKeys = ["number", "text", "addressed_to", "status", "updates"];

    /// <summary>An update dated after today is a typo, as for the check rule on 'published'.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Returns the review, or null when errors make it unusable (the errors are in <paramref name="diagnostics"/>).</summary>
    public static Review? Read(string path, string text, ReviewVocabulary vocabulary, DiagnosticBag diagnostics) =>
        ReadDocument(path, text, vocabulary, diagnostics, keepDocument: false).Review;

    /// <summary>
    /// Like <see cref="Read"/>, and with <paramref name="keepDocument"/> also the file's positioned YAML and lines for
    /// check's rules (<see cref="ReviewDocument"/>), from the same parse; both null when errors make the file unusable.
    /// </summary>
    public static (Review? Review, ReviewDocument? Document) ReadDocument(string path, string text, ReviewVocabulary vocabulary, DiagnosticBag diagnostics, bool keepDocument)
    {
        // Files are read in parallel into one bag, so this file's errors are counted in a bag of its own.
        var own = new DiagnosticBag();
        var read = SourceText.Accept(path, text, own) ? Read(path, text, vocabulary, own, Path.GetFileNameWithoutExtension(path)) : null;
        diagnostics.AddRange(own.Items);
        return read is var (review, split, map) ? (review, keepDocument ? ReviewDocument.From(review, text, split, map) : null) : (null, null);
    }

    private static (Review Review, FrontMatter Split, YMapping Map)? Read(string path, string text, ReviewVocabulary vocabulary, DiagnosticBag diagnostics, string slug)
    {
        int before = diagnostics.ErrorCount;
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(path, 1, 1, $"bad file name '{slug}.md': a review's file name is its URL, so use lower case a-z, 0-9 and single hyphens only (for example '{Slug.From(slug)}.md')");
        }

        var split = FrontMatter.Split(text);
        if (split is null)
        {
            diagnostics.Error(path, 1, 1, "no front matter: a review starts with a '---' line, its YAML fields, and a closing '---' line");
            return null;
        }

        if (MarkdownDepth.FirstTooDeep(split.Body, ContentLimits.MaxMarkdownDepth) is var (deepLine, deepColumn))
        {
            diagnostics.Error(path, split.BodyFirstLine + deepLine - 1, deepColumn, $"the summary nests quotes or lists more than {ContentLimits.MaxMarkdownDepth} levels deep; the limit is {ContentLimits.MaxMarkdownDepth} (see 'Limits' in docs/content-model.md)");
            return null;
        }

        YNode? root;
        try
        {
            root = YamlTreeReader.Read(split.Yaml);
        }
        catch (YamlSyntaxException ex)
        {
            diagnostics.Error(path, ex.Line + split.YamlFirstLine - 1, ex.Column, ex.Message);
            return null;
        }

        var fields = new FieldReader(path, split.YamlFirstLine - 1, diagnostics);
        if (root is not YMapping map)
        {
            diagnostics.Error(path, split.YamlFirstLine, 1, "the front matter must be a set of 'key: value' fields");
            return null;
        }

        fields.RejectUnknownKeys(map, ReviewKeys, "a review");
        string? title = fields.String(map, "title", required: true);
        string? csp = fields.String(map, "csp", required: true);
        PublishedDate? published = ReadPublished(map, fields);
        int? yearOfDeath = fields.Integer(map, "year_of_death", required: false, 1900, 2100);
        if (yearOfDeath is int y && published is PublishedDate p && y > p.Year)
        {
            fields.Error(map["year_of_death"]!, $"year_of_death {y} is after the review was published ({p.Iso})");
        }

        var source = ReadSource(map, fields);
        var themes = fields.StringList(map, "themes", required: false);
        foreach (var (theme, node) in themes ?? [])
        {
            if (!vocabulary.ThemeSlugs.Contains(theme))
            {
                fields.Error(node, $"unknown theme '{theme}': use a slug from themes.yml{vocabulary.SuggestTheme(theme)}");
            }
        }

        var recommendations = ReadRecommendations(map, fields, vocabulary.Agencies);
        int? extracted = ReadExtractedCount(map, fields, recommendations);
        bool draft = fields.Boolean(map, "draft") ?? false;

        if (diagnostics.ErrorCount > before || title is null || csp is null || published is null || recommendations is null)
        {
            return null;
        }

        var review = new Review
        {
            Slug = slug,
            Title = title,
            Csp = csp,
            Published = published.Value,
            YearOfDeath = yearOfDeath,
            ReviewType = fields.String(map, "review_type", required: false),
            StatutoryBasis = fields.String(map, "statutory_basis", required: false),
            Source = source,
            ExtractedRecommendations = extracted,
            Themes = themes?.Select(t => t.Value).ToList() ?? [],
            Recommendations = recommendations,
            Draft = draft,
            Summary = split.Body,
            SourcePath = path,
            BodyLine = split.BodyFirstLine,
        };
        return (review, split, map);
    }

    private static PublishedDate? ReadPublished(YMapping map, FieldReader fields)
    {
        var node = map["published"];
        var text = fields.String(map, "published", required: true);
        if (text is null)
        {
            return null;
        }

        if (!PublishedDate.TryParse(text, out var date))
        {
            fields.Error(node!, $"'published' must be a real date written YYYY-MM or YYYY-MM-DD (for example 2023-05), not '{text}'");
            return null;
        }

        return date;
    }

    private static ReviewSource ReadSource(YMapping map, FieldReader fields)
    {
        var node = map["source"];
        if (node is null || node is YScalar { IsNull: true })
        {
            return new ReviewSource(null, null);
        }

        if (node is not YMapping source)
        {
            fields.Error(node, "'source' must be a mapping with 'name' and optionally 'report_url'");
            return new ReviewSource(null, null);
        }

        fields.RejectUnknownKeys(source, SourceKeys, "'source'");
        var url = fields.String(source, "report_url", required: false);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            fields.Error(source["report_url"]!, $"'report_url' must be a full http(s) address, not '{url}'");
            url = null;
        }

        return new ReviewSource(fields.String(source, "name", required: false), url);
    }

    /// <summary>The count the source page states; a warning when the review lists a different number.</summary>
    private static int? ReadExtractedCount(YMapping map, FieldReader fields, List<Recommendation>? recommendations)
    {
        if (map["source"] is not YMapping source || source["extracted_recommendations"] is not YNode node)
        {
            return null;
        }

        int? stated = fields.Integer(source, "extracted_recommendations", required: false, 0, 10_000);
        if (stated is int n && recommendations is not null && n != recommendations.Count)
        {
            fields.Warning(node, $"the source states {Words.Count(n, "recommendation")} (source.extracted_recommendations) but this review lists {recommendations.Count}: add the missing ones, or correct the count");
        }

        return stated;
    }

    private static List<Recommendation>? ReadRecommendations(YMapping map, FieldReader fields, AgencyCatalog agencies)
    {
        var node = map["recommendations"];
        if (node is null)
        {
            fields.Error(map, "missing required field 'recommendations' (write 'recommendations: []' when the review has none)");
            return null;
        }

        if (node is YScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YSequence seq)
        {
            fields.Error(node, "'recommendations' must be a list of items with 'number', 'text' and 'addressed_to'");
            return null;
        }

        if (seq.Items.Count > ContentLimits.MaxRecommendations)
        {
            fields.Error(node, $"{seq.Items.Count} recommendations; the limit is {ContentLimits.MaxRecommendations} for one review (see 'Limits' in docs/content-model.md)");
            return null;
        }

        var result = new List<Recommendation>();
        var numbers = new Dictionary<int, int>();
        foreach (var item in seq.Items)
        {
            if (item is not YMapping rec)
            {
                fields.Error(item, "each recommendation must be a mapping with 'number', 'text' and 'addressed_to'");
                continue;
            }

            fields.RejectUnknownKeys(rec, RecommendationKeys, "a recommendation");
            int? number = fields.Integer(rec, "number", required: true, 1, 10_000);
            string? text = fields.String(rec, "text", required: false);
            if (text is null && rec["text"] is null or YScalar { IsNull: true })
            {
                fields.Error(rec["text"] ?? rec, "recommendation text is empty: copy the recommendation's text from the report");
            }

            var addressedTo = fields.StringList(rec, "addressed_to", required: false) ?? [];
            var (status, updates) = RecommendationStatusReader.Read(rec, fields, Today);
            foreach (var (agency, agencyNode) in addressedTo)
            {
                if (!agencies.TryResolve(agency, out _))
                {
                    var closest = AgencySuggestion.Closest(agencies, agency);
                    fields.Warning(agencyNode, $"unknown agency '{agency}': add it to agencies.yml{(closest is null ? "" : $", or did you mean '{closest}'?")}");
                }
            }

            if (number is int n)
            {
                if (numbers.TryGetValue(n, out int firstLine))
                {
                    fields.Error(rec["number"]!, $"duplicate recommendation number {n} (first used on line {firstLine})");
                    continue;
                }

                numbers[n] = fields.FileLine(rec);
                if (text is not null)
                {
                    result.Add(new Recommendation(n, text, [.. addressedTo.Select(a => a.Value)], fields.FileLine(rec))
                    {
                        Status = status,
                        Updates = updates,
                    });
                }
            }
        }

        return result;
    }
}
