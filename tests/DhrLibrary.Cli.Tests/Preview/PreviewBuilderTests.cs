using System.Text;
using DhrLibrary.Cli.Tests.Support;
using DhrLibrary.Pipeline;
using DhrLibrary.Preview;

namespace DhrLibrary.Cli.Tests.Preview;

public sealed class PreviewBuilderTests : IDisposable
{
    private const string Northshire = "reviews/northshire-2022-03.md";
    private const string NorthshirePage = "reviews/northshire-2022-03/index.html";

    // The same instant for the preview and the full build it is compared with, so every file can be compared.
    private static readonly DateTimeOffset BuiltAt = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly TempSite _site = TempSite.CopyOf("basic-site");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_Incremental_Rebuild_Produces_The_Same_Site_As_A_Full_Build()
    {
        var incremental = NewBuilder();
        incremental.BuildAll();

        // Retitle, move to another partnership, change themes and agencies: every kind of page it touches.
        _site.With(Northshire, _site.Read(Northshire)
            .Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal)
            .Replace("csp: Northshire", "csp: Westshire", StringComparison.Ordinal)
            .Replace("themes: [information-sharing, risk-assessment]", "themes: [housing]", StringComparison.Ordinal)
            .Replace("addressed_to: [NP, Northshire CSP]", "addressed_to: [Riverside Housing Association]", StringComparison.Ordinal));
        _site.With("pages/about.md", "---\ntitle: About, revised\n---\nA synthetic page.\n");
        var report = incremental.Update(Changes(Northshire, "pages/about.md"));

        var fullReport = NewBuilder().BuildAll();
        Assert.False(report.Full);
        Assert.True(report.PagesRendered < fullReport.PagesRendered, $"{report.PagesRendered} of {fullReport.PagesRendered} pages");
        Assert.Empty(report.Errors);
        AssertSameAsFullBuild(incremental);
        Assert.DoesNotContain("partnerships/northshire/index.html", incremental.Current.Files.Keys);
    }

    [Fact]
    public void The_Fast_Phase_Publishes_The_Edited_Review_With_Its_Similar_Links_And_The_Catch_Up_Matches_A_Full_Build()
    {
        WriteSimilarReviews();
        var builder = NewBuilder();
        builder.BuildAll();
        Assert.DoesNotContain("Similar recommendations made before", Text(builder, NorthshirePage));

        // Reword recommendation 1 to repeat an earlier review's, and retitle the review.
        _site.With(Northshire, _site.Read(Northshire)
            .Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal)
            .Replace("text: That Northshire Police review how risk assessment information is shared with partners.", "text: " + Reworded, StringComparison.Ordinal));
        var fast = builder.UpdateFast(Changes(Northshire));
        long fastVersion = builder.Current.Version;

        Assert.Equal(1, fast.PagesRendered);
        Assert.True(builder.CatchUpPending);
        string page = Text(builder, NorthshirePage);
        Assert.Contains("Northshire review, revised", page);
        Assert.Contains("Similar recommendations made before", page);
        Assert.Contains("reviews/westshire-2019-05/#rec-1\">Westshire review, recommendation 1</a>", page);
        Assert.DoesNotContain("revised", Text(builder, "reviews/index.html"));

        // The one page made on its own is the page the whole build makes, similar links included.
        var full = FullBuild();
        Assert.Equal(Encoding.UTF8.GetString(full[NorthshirePage]), page);

        var caughtUp = builder.CatchUp();
        Assert.NotNull(caughtUp);
        Assert.False(builder.CatchUpPending);
        AssertSameAsFullBuild(builder);

        // The later review now finds the reworded recommendation among its similar ones.
        Assert.Contains("Northshire review, revised, recommendation 1", Text(builder, "reviews/eastshire-2024-02/index.html"));

        // A tab on the edited review is not reloaded again (its page is unchanged); tabs on the lists are.
        Assert.False(builder.Current.ChangedSince(NorthshirePage, fastVersion));
        Assert.True(builder.Current.ChangedSince("reviews/index.html", fastVersion));
        Assert.True(builder.Current.ChangedSince("reviews/eastshire-2024-02/index.html", fastVersion));
    }

    [Fact]
    public void A_Newer_Edit_During_A_Catch_Up_Wins()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        string good = _site.Read(Northshire);
        _site.With(Northshire, good.Replace("title: Northshire review", "title: Northshire review, first edit", StringComparison.Ordinal));
        builder.UpdateFast(Changes(Northshire));

        // The second edit lands while the catch-up of the first is about to swap its pages in.
        builder.BeforeCatchUpCommits = () =>
        {
            builder.BeforeCatchUpCommits = null;
            _site.With(Northshire, good.Replace("title: Northshire review", "title: Northshire review, second edit", StringComparison.Ordinal));
            builder.UpdateFast(Changes(Northshire));
        };
        Assert.Null(builder.CatchUp());

        Assert.True(builder.CatchUpPending);
        Assert.Contains("second edit", Text(builder, NorthshirePage));
        Assert.DoesNotContain("first edit", Text(builder, "reviews/index.html"));

        Assert.NotNull(builder.CatchUp());
        Assert.Contains("second edit", Text(builder, "reviews/index.html"));
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public void A_Cancelled_Catch_Up_Swaps_Nothing_In_And_Is_Still_Pending()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        _site.With(Northshire, _site.Read(Northshire).Replace("title: Northshire review", "title: Northshire review, revised", StringComparison.Ordinal));
        builder.UpdateFast(Changes(Northshire));
        var before = builder.Current;

        Assert.Null(builder.CatchUp(new CancellationToken(canceled: true)));

        Assert.Same(before, builder.Current);
        Assert.True(builder.CatchUpPending);
        Assert.NotNull(builder.CatchUp());
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public void A_Broken_Edit_Shows_The_Errors_And_Fixing_It_Recovers()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        string good = _site.Read(Northshire);

        _site.With(Northshire, "---\ntitle: Northshire review\ncsp: [Northshire\n---\nBroken on purpose.\n");
        var broken = builder.UpdateFast(Changes(Northshire));
        var error = Assert.Single(broken.Errors);
        Assert.Equal(_site.PathOf(Northshire), error.File);
        Assert.True(builder.Current.HasErrors);
        Assert.True(builder.Current.ChangedSince("about/index.html", builder.Current.Version - 1));

        _site.With(Northshire, good.Replace("title: Northshire review", "title: Northshire review, fixed", StringComparison.Ordinal));
        var fixedReport = builder.UpdateFast(Changes(Northshire));
        Assert.Empty(fixedReport.Errors);
        Assert.False(builder.Current.HasErrors);
        Assert.Contains("Northshire review, fixed", Text(builder, NorthshirePage));

        Assert.NotNull(builder.CatchUp());
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public void A_New_Review_Is_Served_At_Once_And_Everywhere_After_The_Catch_Up()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        WriteSimilarReviews();

        builder.UpdateFast(Changes("reviews/westshire-2019-05.md", "reviews/eastshire-2024-02.md"));
        Assert.Contains("Westshire review", Text(builder, "reviews/westshire-2019-05/index.html"));
        Assert.Contains("Eastshire review", Text(builder, "reviews/eastshire-2024-02/index.html"));

        Assert.NotNull(builder.CatchUp());
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public void A_Deleted_Review_Disappears_With_Its_Pages()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        Assert.Contains("reviews/southshire-2023-11-14/index.html", builder.Current.Files.Keys);

        File.Delete(_site.PathOf("reviews/southshire-2023-11-14.md"));
        builder.UpdateFast(Changes("reviews/southshire-2023-11-14.md"));
        Assert.DoesNotContain("reviews/southshire-2023-11-14/index.html", builder.Current.Files.Keys);

        builder.CatchUp();
        Assert.DoesNotContain("partnerships/southshire/index.html", builder.Current.Files.Keys);
        Assert.DoesNotContain("agencies/unlisted-agency/index.html", builder.Current.Files.Keys);
        AssertSameAsFullBuild(builder);
    }

    [Fact]
    public void Errors_Belong_To_Their_File_And_Clear_When_It_Is_Fixed()
    {
        var builder = NewBuilder();
        builder.BuildAll();
        const string review = "reviews/southshire-2023-11-14.md";
        string good = _site.Read(review);

        _site.With(review, good.Replace("published: 2023-11-14", "published: 2023-13", StringComparison.Ordinal));
        var broken = builder.Update(Changes(review));
        var error = Assert.Single(broken.Errors);
        Assert.Equal(_site.PathOf(review), error.File);
        Assert.Equal(4, error.Line);
        Assert.True(builder.Current.HasErrors);

        _site.With(review, good);
        var fixedReport = builder.Update(Changes(review));
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

    private const string Reworded =
        "That Northshire Police review how domestic abuse risk assessment information is shared with partner agencies at daily safeguarding meetings.";

    /// <summary>An earlier review whose recommendation the edit repeats, and a later one that repeats the edit.</summary>
    private void WriteSimilarReviews()
    {
        _site.With("reviews/westshire-2019-05.md", """
            ---
            title: Westshire review
            csp: Westshire
            published: 2019-05
            recommendations:
              - number: 1
                text: That Northshire Police reviews how domestic abuse risk assessment information is shared with partner agencies at the daily safeguarding meetings.
                addressed_to: [NP]
            ---
            A synthetic earlier review.
            """);
        _site.With("reviews/eastshire-2024-02.md", """
            ---
            title: Eastshire review
            csp: Eastshire
            published: 2024-02
            recommendations:
              - number: 1
                text: That Northshire Police review how domestic abuse risk assessment information is shared with partner agencies at daily safeguarding meetings, every week.
                addressed_to: [Northshire Constabulary]
            ---
            A synthetic later review.
            """);
    }

    private PreviewBuilder NewBuilder() => new(_site.Input, RepoPaths.Theme, BuiltAt);

    private ChangeSet Changes(params string[] relative) =>
        ChangeSet.Classify(relative.Select(_site.PathOf), _site.Input, RepoPaths.Theme);

    private static string Text(PreviewBuilder builder, string file) => Encoding.UTF8.GetString(builder.Current.Files[file].ReadAllBytes());

    /// <summary>What `build --drafts` makes of the same input, file by file.</summary>
    private Dictionary<string, byte[]> FullBuild() => FullBuildComparison.Files(_site.Input, BuiltAt);

    /// <summary>Every file served is byte for byte the file a full build makes, and there are no others.</summary>
    private void AssertSameAsFullBuild(PreviewBuilder builder) => FullBuildComparison.AssertSame(builder, _site.Input, BuiltAt);
}
