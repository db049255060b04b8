using DhrLibrary.Model;
using DhrLibrary.Output;
using DhrLibrary.Paging;
using DhrLibrary.Rendering;
using Scriban.Runtime;

namespace DhrLibrary.Pipeline;

/// <summary>
/// Pure stage: renders every page of the site model through the theme, in parallel. Content in, files out;
/// nothing here touches the disk.
/// </summary>
public sealed class RenderPages(ThemeTemplates theme, RenderOptions options)
{
    private static readonly TemplateFunction Plural =
        new("plural", 2, (context, args) => Content.Words.Count(context.ToInt(default, args[0]), context.ObjectToString(args[1]) ?? ""));

    private readonly SiteUrls _urls = new(options.Offline);

    /// <summary>Where the glossary is published (only when <c>glossary.yml</c> has terms).</summary>
    public const string GlossaryPath = "glossary/";

    // Its patterns are compiled once per glossary, not once per page.
    private (IReadOnlyList<Content.GlossaryTerm> Terms, GlossaryUse Use)? _glossary;

    private GlossaryUse GlossaryFor(SiteModel site)
    {
        var cached = _glossary;
        if (cached is { } c && ReferenceEquals(c.Terms, site.Glossary))
        {
            return c.Use;
        }

        var use = new GlossaryUse(site.Glossary);
        _glossary = (site.Glossary, use);
        return use;
    }

    /// <summary>Renders pages in parallel, handing each file to <paramref name="sink"/> as soon as it is ready.</summary>
    public void RenderTo(SiteModel site, IEnumerable<PageJob> jobs, Action<OutputFile> sink)
    {
        try
        {
            Parallel.ForEach(jobs, job => sink(RenderJob(site, job)));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } first)
        {
            throw first;
        }
    }

    /// <summary>Every page of the site, with its template and model.</summary>
    public static List<PageJob> PlanPages(SiteModel site)
    {
        var config = site.Config;
        var jobs = new List<PageJob>
        {
            new SitePage("", "home", config.Title, config.Description, site, "home"),
            new SitePage("agencies/", "agencies", "Agencies", "The agencies that reviews address recommendations to, by kind.", site.AgencyKinds, "agencies"),
            new SitePage("partnerships/", "partnerships", "Community Safety Partnerships", "The partnerships that commissioned the reviews.", site.Partnerships, "partnerships"),
            new SitePage("themes/", "themes", "Themes", "Themes that reviews raise, such as information sharing or risk assessment.", site.Themes, "themes"),
            new SitePage("search/", "search", "Search", "Search the reviews and their recommendations, and filter by agency, partnership, theme and year.", site, "search"),
        };
        // Lists that grow with the library come in pages (Paging/): page 1 at the list's own address.
        jobs.AddRange(ListPageJobs.Reviews(site));
        jobs.AddRange(ListPageJobs.Recommendations(site));
        jobs.AddRange(ListPageJobs.Recurring(site));
        jobs.AddRange(site.Reviews.Select(r => new ReviewPage(r)));
        jobs.AddRange(site.Agencies.SelectMany(ListPageJobs.Agency));
        jobs.AddRange(site.Partnerships.SelectMany(ListPageJobs.Partnership));
        jobs.AddRange(site.Themes.SelectMany(ListPageJobs.Theme));
        jobs.AddRange(site.Pages.Select(p => new FreePage(p)));
        if (site.Glossary.Count > 0)
        {
            jobs.Add(new SitePage(GlossaryPath, "glossary", "Glossary", "The acronyms and terms used in domestic homicide reviews, in plain words.", site.Glossary, "glossary"));
        }

        jobs.Add(new SitePage("404.html", "404", "Page not found", "The page you asked for is not in the library.", site, "", NoIndex: true));
        return jobs;
    }

    private OutputFile RenderJob(SiteModel site, PageJob job)
    {
        // The 404 page is served at whatever address was missing, so online its links start from the base URL.
        string root = job.Path == "404.html" && !_urls.Offline ? site.Config.BaseUrlWithSlash : SiteUrls.RootFor(job.Path);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["config"] = site.Config,
            ["page"] = job.Model,
            ["page_title"] = job.Title,
            ["page_description"] = job.Description,
            ["page_path"] = job.Path,
            ["list"] = job.List,
            ["section"] = job.Section,
            ["canonical_url"] = site.Config.BaseUrlWithSlash + (job.Path == "404.html" ? "" : job.Path),
            ["offline"] = _urls.Offline,
            ["noindex"] = job.NoIndex,
            ["charts"] = Charts.ChartFunctions.Instance,
            ["similarity_threshold"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Similarity.FindSimilarRecommendations.Threshold * 100:0}%"),
            ["max_clusters"] = Similarity.RecurringClusters.MaxClusters,
            ["built_at"] = options.BuiltAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["offline_copy"] = options.OfflineCopySize is long size
                ? new ScriptObject { ["path"] = Output.OfflinePackage.FileName, ["size"] = FormatSize(size), ["date"] = options.BuiltAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) }
                : null,
            ["glossary_terms"] = job is ReviewPage reviewPage && site.Glossary.Count > 0 ? GlossaryFor(site).Find(reviewPage.Review) : null,
            ["agency_short_names"] = job is ReviewPage shortNamesPage ? AgencyShortNames.Find(shortNamesPage.Review) : null,
            ["body_html"] = job is FreePage free ? new MarkdownRenderer(_urls).Render(free.Page.Source.Body, root) : new HtmlString(""),
            ["structured_data"] = StructuredData.For(site, job, options.BuiltAt),
            ["open_data"] = job is FreePage { Page.Slug: "open-data" } ? DescribeDataFiles.Describe(site) : null,
        };
        globals["status_badge"] = StatusBadge.For(_urls, root);
        globals["url"] = new TemplateFunction("url", 1, (context, args) => _urls.Link(root, context.ObjectToString(args[0]) ?? ""));
        globals["plural"] = Plural;
        // A list's page links, drawn once by the theme's _pager template; templates place it where the list ends.
        globals["pager_html"] = job.List is { IsPaginated: true } ? new HtmlString(theme.Render("_pager", globals)) : new HtmlString("");
        return OutputFile.FromText(SiteUrls.FileFor(job.Path), theme.RenderPage(job.Template, globals));
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
