namespace DhrLibrary.BrowserTests.Support;

/// <summary>Every browser test class joins this collection, so the site is built and Chromium launched once.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built site in Chromium";
}
