using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// In a real browser, every page of both builds: no request leaves the site (the served origin, or the disk for
/// the offline copy), the CSP blocks nothing, and no script fails.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BrowserPrivacyTests(SiteFixture site)
{
    [Fact]
    public async Task Should_Keep_Every_Request_On_The_Served_Site_Without_Errors()
    {
        var paths = SitePages.AllIn(site.OnlineDir).ToList();
        if (paths.Contains(SitePages.Search))
        {
            paths.Add(SitePages.Search + "?q=risk+assessment");
        }

        await using var session = await site.NewSessionAsync();
        foreach (var path in paths)
        {
            var response = await session.GotoAsync(site.Url(path));
            Assert.True(response?.Ok, $"/{path} answered {response?.Status}");
        }

        Assert.True(paths.Count >= 20, $"only {paths.Count} pages visited");
        Assert.True(session.Requests.Count > paths.Count, "the pages' assets were requested");
        Assert.DoesNotContain(session.Requests, r => !r.StartsWith(site.BaseUrl, StringComparison.Ordinal));
        Assert.Empty(session.Problems);

        // Warnings too: Chromium warns here about header values it does not understand.
        Assert.DoesNotContain(session.ConsoleMessages, m => m.StartsWith("warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Keep_Every_Request_On_Disk_In_The_Offline_Copy_Without_Errors()
    {
        var files = Directory.EnumerateFiles(site.OfflineDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OfflineDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        await using var session = await site.NewSessionAsync();
        foreach (var file in files)
        {
            await session.GotoAsync(site.OfflineUrl(file));

            // The site's stylesheet applied (its header colour), so the relative file:// links resolve.
            Assert.Equal("rgb(44, 95, 45)", await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        }

        Assert.True(files.Count >= 20, $"only {files.Count} pages visited");
        Assert.DoesNotContain(session.Requests, r => !r.StartsWith("file://", StringComparison.Ordinal));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Should_Send_The_Netlify_Headers_From_The_Test_Server()
    {
        await using var session = await site.NewSessionAsync();
        var response = await session.GotoAsync(site.Url(SitePages.Home));

        var headers = await response!.AllHeadersAsync();
        Assert.Equal(OutputSecurityTests.ExpectedCsp + "; frame-ancestors 'none'", headers["content-security-policy"]);
    }

    [Fact]
    public async Task Should_Notice_A_Csp_Violation_And_A_Request_To_Another_Origin()
    {
        // Proves the checks above can fail: break the policy on purpose and look for the report.
        await using var session = await site.OpenAsync(site.Url(SitePages.Home));

        await session.Page.EvaluateAsync(
            """
            () => {
              document.body.setAttribute('style', 'color: red');
              const img = document.createElement('img');
              img.src = 'https://tracker.example/pixel.gif';
              document.body.append(img);
            }
            """);
        await Eventually(() => session.CspViolations.Any(v => v.Contains("style-src", StringComparison.Ordinal))
            && session.CspViolations.Any(v => v.Contains("tracker.example", StringComparison.Ordinal)));

        Assert.Contains(session.CspViolations, v => v.Contains("style-src", StringComparison.Ordinal));
        Assert.Contains(session.CspViolations, v => v.Contains("https://tracker.example/pixel.gif", StringComparison.Ordinal));

        // Navigation is not the CSP's business, so the request log has to see it (and the safety net aborts it).
        await session.Page.EvaluateAsync("() => { location.href = 'https://tracker.example/page'; }");
        await Eventually(() => session.Requests.Contains("https://tracker.example/page"));
        Assert.Contains("https://tracker.example/page", session.Requests);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); !condition() && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(50);
        }
    }
}
