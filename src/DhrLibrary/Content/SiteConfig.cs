namespace DhrLibrary.Content;

/// <summary>Site-wide settings from <c>site.yml</c>.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "Domestic Homicide Review Library";
    public string BaseUrl { get; init; } = "https://example.org/";
    public string Description { get; init; } = "";
    public string? Contact { get; init; }
    public string? Licence { get; init; }
    public string Language { get; init; } = "en-GB";

    /// <summary>The base URL with exactly one trailing slash, so page paths can be appended.</summary>
    public string BaseUrlWithSlash => BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";
}
