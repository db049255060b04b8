using System.Text.Json;
using System.Text.Json.Nodes;
using DhrLibrary.Model;

namespace DhrLibrary.Rendering;

/// <summary>
/// schema.org data for search engines, written into the page head as <c>&lt;script type="application/ld+json"&gt;</c>:
/// the site on the home page (with its search), a <c>Report</c> for each review, a <c>Dataset</c> for the open data.
/// A JSON-LD block is data that the browser never runs, so the strict CSP (<c>script-src 'self'</c>) does not
/// apply to it. System.Text.Json's default encoder writes &lt;, &gt; and &amp; as \u escapes, so no text can close the block.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The block for a page, or null for pages without one (lists, drafts, the 404 page).</summary>
    public static HtmlString? For(SiteModel site, PageJob job, DateTimeOffset builtAt)
    {
        if (job.NoIndex)
        {
            return null;
        }

        string baseUrl = site.Config.BaseUrlWithSlash;
        JsonObject? data = job.Model switch
        {
            ReviewView review => Report(site, review, baseUrl),
            PageView { Slug: "open-data" } => Dataset(site, baseUrl + job.Path, builtAt),
            SiteModel when job.Template == "home" => WebSite(site, baseUrl),
            _ => null,
        };
        return data is null ? null : new HtmlString(data.ToJsonString(Options));
    }

    private static JsonObject Context(string type) => new() { ["@context"] = "https://schema.org", ["@type"] = type };

    private static JsonObject Library(SiteModel site, string baseUrl) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = site.Config.Title,
        ["url"] = baseUrl,
    };

    private static JsonObject WebSite(SiteModel site, string baseUrl)
    {
        var data = Context("WebSite");
        data["name"] = site.Config.Title;
        data["url"] = baseUrl;
        data["description"] = site.Config.Description.Trim();
        data["inLanguage"] = site.Config.Language;
        data["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = baseUrl + "search/?q={search_term_string}",
            ["query-input"] = "required name=search_term_string",
        };
        return data;
    }

    private static JsonObject Report(SiteModel site, ReviewView review, string baseUrl)
    {
        var data = Context("Report");
        data["name"] = review.Title;
        data["headline"] = review.Title;
        data["url"] = baseUrl + review.Path;
        data["datePublished"] = review.PublishedIso;
        data["inLanguage"] = site.Config.Language;
        if (review.Excerpt.Length > 0)
        {
            data["description"] = review.Excerpt;
        }

        data["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = $"{review.Csp} Community Safety Partnership" };
        data["genre"] = review.ReviewType ?? "Domestic Homicide Review";
        if (review.Themes.Count > 0)
        {
            data["keywords"] = string.Join(", ", review.Themes.Select(t => t.Name));
        }

        if (review.ReportUrl is { Length: > 0 } report)
        {
            // The library's page summarises the full report, published elsewhere.
            data["isBasedOn"] = report;
        }

        data["isPartOf"] = Library(site, baseUrl);
        return data;
    }

    private static JsonObject Dataset(SiteModel site, string pageUrl, DateTimeOffset builtAt)
    {
        string baseUrl = site.Config.BaseUrlWithSlash;
        var data = Context("Dataset");
        data["name"] = $"{site.Config.Title}: reviews and recommendations";
        data["description"] =
            $"Every review in the library ({site.ReviewCount} reviews) with its partnership, dates, themes, summary and its " +
            $"{site.RecommendationCount} recommendations, the agencies each is addressed to and its implementation status.";
        data["url"] = pageUrl;
        data["inLanguage"] = site.Config.Language;
        data["isAccessibleForFree"] = true;
        data["dateModified"] = builtAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        data["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title, ["url"] = baseUrl };
        if (site.Config.Licence is { Length: > 0 } licence)
        {
            data["license"] = new JsonObject { ["@type"] = "CreativeWork", ["text"] = licence.Trim() };
        }

        data["distribution"] = new JsonArray(
            new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = "application/json", ["contentUrl"] = baseUrl + "data/reviews.json" },
            new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = "text/csv", ["contentUrl"] = baseUrl + "data/recommendations.csv" });
        return data;
    }
}
