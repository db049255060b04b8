using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

/// <summary>A review marked draft: true is in no published output at all, and previews show it clearly marked.</summary>
public sealed class DraftTests : IDisposable
{
    // "Draftshire" names the draft's partnership, title and slug, and its one (unlisted) agency, so any
    // output that mentions it leaks the draft.
    private const string Marker = "draftshire";

    private readonly TempSite _site = TempSite.CopyOf("basic-site").With("reviews/draftshire-2024-01.md", """
        ---
        title: Draftshire review
        csp: Draftshire
        published: 2024-01
        themes: [housing]
        draft: true
        recommendations:
          - number: 1
            text: That the Draftshire Outreach Service reviews its housing referrals.
            addressed_to: [Draftshire Outreach Service, Riverside Housing Association]
        ---
        A synthetic draft about housing, used to prove drafts stay out of published builds.

        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_Draft_Is_Absent_From_Every_Output_Of_A_Normal_Build()
    {
        var result = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());

        var files = Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .ToList();

        // The outputs that list reviews are all there, so their silence about the draft means something.
        foreach (var expected in new[]
        {
            "index.html", "reviews/index.html", "agencies/index.html", "partnerships/index.html", "themes/index.html",
            "themes/housing/index.html", "agencies/riverside-housing-association/index.html",
            "feed.xml", "sitemap.xml", "data/reviews.json", "data/recommendations.csv",
        })
        {
            Assert.Contains(expected, files);
        }

        Assert.DoesNotContain(files, f => f.Contains(Marker, StringComparison.OrdinalIgnoreCase));
        foreach (var file in files.Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".json" or ".csv" or ".js" or ".txt"))
        {
            string text = File.ReadAllText(Path.Combine(_site.Output, file));
            Assert.False(text.Contains(Marker, StringComparison.OrdinalIgnoreCase), $"{file} mentions the draft");
        }
    }

    [Fact]
    public void A_Draft_Is_Absent_From_The_Search_Index()
    {
        var result = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());

        var search = Directory.GetFiles(Path.Combine(_site.Output, "assets"), "*", SearchOption.AllDirectories)
            .Where(f => f.Contains("search", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".css", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(search);
        Assert.All(search, f => Assert.DoesNotContain(Marker, File.ReadAllText(f), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_With_Drafts_Shows_The_Draft_With_A_Banner_And_Noindex()
    {
        var result = Shell.Run("build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme, "--drafts");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());

        string page = File.ReadAllText(Path.Combine(_site.Output, "reviews", "draftshire-2024-01", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page);
        Assert.Contains("<strong>Draft</strong>", page);
        Assert.Contains("Draftshire", File.ReadAllText(Path.Combine(_site.Output, "reviews", "index.html")));

        // A published review in the same preview is not marked.
        string published = File.ReadAllText(Path.Combine(_site.Output, "reviews", "northshire-2022-03", "index.html"));
        Assert.DoesNotContain("noindex", published);
        Assert.DoesNotContain("<strong>Draft</strong>", published);

        // Even a preview's sitemap leaves the draft's page out.
        Assert.DoesNotContain("reviews/draftshire-2024-01/", File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml")));
    }
}
