using DhrLibrary.Model;
using DhrLibrary.Paging;

namespace DhrLibrary.Rendering;

/// <summary>
/// A page to render: where it goes, which template, and what the template calls <c>page</c> (<see cref="Model"/>).
/// There is one record per kind of page, so code that asks which pages an edit touches (the preview server) tests
/// the kind, not the type of an untyped model. The kinds are the records below, in this file: a closed family.
/// </summary>
public abstract record PageJob(string Path, string Template, string Title, string Description, string Section, bool NoIndex = false)
{
    /// <summary>What the template calls <c>page</c>.</summary>
    public abstract object Model { get; }

    /// <summary>On a page of a paginated list (Paging/), which page it is and its items; templates call it <c>list</c>.</summary>
    public ListPage? List { get; init; }
}

/// <summary>A page made from the whole site or a list of it (home, the lists, search, 404): any edit may change it.</summary>
public sealed record SitePage(string Path, string Template, string Title, string Description, object Page, string Section, bool NoIndex = false)
    : PageJob(Path, Template, Title, Description, Section, NoIndex)
{
    public override object Model => Page;
}

/// <summary>One review's page (a draft is not indexed). Its description is the summary's excerpt, so it is planned after the summaries.</summary>
public sealed record ReviewPage(ReviewView Review)
    : PageJob(Review.Path, "review", Review.Title, Review.Excerpt, "reviews", Review.Draft)
{
    public override object Model => Review;
}

/// <summary>Every recommendation made to one agency.</summary>
public sealed record AgencyPage(AgencyView Agency)
    : PageJob(Agency.Path, "agency", Agency.Name,
        $"{Agency.RecommendationCount} recommendations addressed to {Agency.Name} in {Agency.ReviewCount} domestic homicide reviews.", "agencies")
{
    public override object Model => Agency;
}

/// <summary>The reviews one Community Safety Partnership commissioned.</summary>
public sealed record PartnershipPage(PartnershipView Partnership)
    : PageJob(Partnership.Path, "partnership", Partnership.Name,
        $"Domestic homicide reviews commissioned by {Partnership.Name} Community Safety Partnership.", "partnerships")
{
    public override object Model => Partnership;
}

/// <summary>The reviews that raise one theme.</summary>
public sealed record ThemePage(ThemeView Theme)
    : PageJob(Theme.Path, "theme", Theme.Name, Theme.Description ?? $"Reviews that raise {Theme.Name}.", "themes")
{
    public override object Model => Theme;
}

/// <summary>A free page (about, support, ...), from <c>input/pages/</c> or the theme's defaults.</summary>
public sealed record FreePage(PageView Page)
    : PageJob(Page.Path, "page", Page.Title, Page.Description ?? Page.Title, Page.Slug)
{
    public override object Model => Page;
}
