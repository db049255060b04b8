using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>Every page the generator writes is valid HTML to the Nu HTML Checker (the W3C validator).</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public void Every_page_of_the_seed_site_the_fixture_and_a_generated_library_passes_the_Nu_HTML_Checker()
    {
        string[] folders = [AuditLibraries.SeedOutput, AuditLibraries.SyntheticOutput, site.OnlineDir];
        int pages = folders.Sum(f => Directory.EnumerateFiles(f, "*.html", SearchOption.AllDirectories).Count());
        Assert.True(pages > 150, $"only {pages} pages were built to check");

        var errors = NuHtmlChecker.Errors(folders);

        Assert.True(errors.Count == 0, $"{errors.Count} errors in {pages} pages:\n" + string.Join('\n', errors.Take(40)));
    }

    [Fact]
    public void The_checker_reports_the_errors_of_a_page_that_breaks_the_rules()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dhr-vnu-bad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "bad.html"), """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head><body>
            <figure role="img"><figcaption>A chart</figcaption></figure>
            <p><div>a block inside a paragraph is fine, but a stray end tag is not</p></span>
            </body></html>
            """);

        var errors = NuHtmlChecker.Errors(folder);

        Assert.Contains(errors, e => e.Contains("bad.html", StringComparison.Ordinal) && e.Contains("“figure” element with a “figcaption” descendant", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Stray end tag", StringComparison.Ordinal));
    }
}
