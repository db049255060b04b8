using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Preview;

namespace DhrLibrary.Cli.Tests.Preview;

public sealed class PreviewBuilderTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_Incremental_Rebuild_Produces_The_Same_Site_As_A_Full_Build()
    {
        var incremental = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        incremental.BuildAll();

        // Retitle, move to another partnership, change themes and agencies: every kind of page it touches.
        const string review = "reviews/northshire-2022-03.md";
        _site.With(review, _site.Read(review)
            .Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal)
            .Replace("csp: Northshire", "csp: Westshire", StringComparison.Ordinal)
            .Replace("themes: [information-sharing, risk-assessment]", "themes: [housing]", StringComparison.Ordinal)
            .Replace("addressed_to: [NP, Northshire CSP]", "addressed_to: [Riverside Housing Association]", StringComparison.Ordinal));
        _site.With("pages/about.md", "---\ntitle: About, revised\n---\nA synthetic page.\n");
        var report = incremental.Update(ChangeSet.Classify([_site.PathOf(review), _site.PathOf("pages/about.md")], _site.Input, RepoPaths.Theme));

        var full = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        var fullReport = full.BuildAll();

        Assert.False(report.Full);
        Assert.True(report.PagesRendered < fullReport.PagesRendered, $"{report.PagesRendered} of {fullReport.PagesRendered} pages");
        Assert.Empty(report.Errors);
        Assert.Equal(full.Current.Files.Keys.Order(StringComparer.Ordinal), incremental.Current.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in full.Current.Files)
        {
            Assert.True(file.Text == incremental.Current.Files[path].Text, $"{path} differs after the incremental rebuild");
        }

        Assert.DoesNotContain("partnerships/northshire/index.html", incremental.Current.Files.Keys);
    }

    [Fact]
    public void Deferred_Search_Index_And_Open_Data_Catch_Up_Without_Reloading_Tabs()
    {
        var builder = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        builder.BuildAll();
        const string review = "reviews/northshire-2022-03.md";
        _site.With(review, _site.Read(review).Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal));

        builder.Update(ChangeSet.Classify([_site.PathOf(review)], _site.Input, RepoPaths.Theme), deferSlowFiles: true);
        long version = builder.Current.Version;
        Assert.Contains("revised", builder.Current.Files["reviews/northshire-2022-03/index.html"].Text);
        Assert.DoesNotContain("revised", System.Text.Encoding.UTF8.GetString(builder.Current.Files["data/reviews.json"].ReadAllBytes()));

        var site = builder.Site!;
        Assert.True(builder.RefreshSlowFiles(site, PreviewBuilder.SlowFiles(site)));
        Assert.Contains("revised", System.Text.Encoding.UTF8.GetString(builder.Current.Files["data/reviews.json"].ReadAllBytes()));
        Assert.Equal(version, builder.Current.Version);
    }

    [Fact]
    public void Deferred_Files_Of_A_Replaced_Site_Are_Discarded()
    {
        var builder = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        builder.BuildAll();
        var stale = builder.Site!;
        builder.Update(ChangeSet.Classify([_site.PathOf("reviews/northshire-2022-03.md")], _site.Input, RepoPaths.Theme));

        Assert.False(builder.RefreshSlowFiles(stale, PreviewBuilder.SlowFiles(stale)));
    }

    [Fact]
    public void A_Deleted_Review_Disappears_With_Its_Pages()
    {
        var builder = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        builder.BuildAll();
        Assert.Contains("reviews/southshire-2023-11-14/index.html", builder.Current.Files.Keys);

        File.Delete(_site.PathOf("reviews/southshire-2023-11-14.md"));
        builder.Update(ChangeSet.Classify([_site.PathOf("reviews/southshire-2023-11-14.md")], _site.Input, RepoPaths.Theme));

        Assert.DoesNotContain("reviews/southshire-2023-11-14/index.html", builder.Current.Files.Keys);
        Assert.DoesNotContain("partnerships/southshire/index.html", builder.Current.Files.Keys);
        Assert.DoesNotContain("agencies/unlisted-agency/index.html", builder.Current.Files.Keys);
    }

    [Fact]
    public void Errors_Belong_To_Their_File_And_Clear_When_It_Is_Fixed()
    {
        var builder = new PreviewBuilder(_site.Input, RepoPaths.Theme);
        builder.BuildAll();
        const string review = "reviews/southshire-2023-11-14.md";
        string good = _site.Read(review);

        _site.With(review, good.Replace("published: 2023-11-14", "published: 2023-13", StringComparison.Ordinal));
        var broken = builder.Update(ChangeSet.Classify([_site.PathOf(review)], _site.Input, RepoPaths.Theme));
        var error = Assert.Single(broken.Errors);
        Assert.Equal(_site.PathOf(review), error.File);
        Assert.Equal(4, error.Line);
        Assert.True(builder.Current.HasErrors);

        _site.With(review, good);
        var fixedReport = builder.Update(ChangeSet.Classify([_site.PathOf(review)], _site.Input, RepoPaths.Theme));
        Assert.Empty(fixedReport.Errors);
        Assert.False(builder.Current.HasErrors);
    }

    [Fact]
    public void A_Theme_Change_Rebuilds_Everything()
    {
        var changes = ChangeSet.Classify([Path.Combine(RepoPaths.Theme, "layouts", "review.sbn-html")], _site.Input, RepoPaths.Theme);

        Assert.True(changes.Full);
    }

    [Theory]
    [InlineData("reviews/.northshire-2022-03.md.swp")]
    [InlineData("reviews/northshire-2022-03.md~")]
    [InlineData("reviews/notes.txt")]
    public void Editor_Droppings_Do_Not_Trigger_A_Rebuild(string relative)
    {
        var changes = ChangeSet.Classify([_site.PathOf(relative)], _site.Input, RepoPaths.Theme);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Catalog_Changes_Rebuild_Everything()
    {
        var changes = ChangeSet.Classify([_site.PathOf("agencies.yml")], _site.Input, RepoPaths.Theme);

        Assert.True(changes.Full);
    }
}
