using System.Text.Json;
using DhrLibrary.Cli.Tests.Support;

namespace DhrLibrary.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly string Problems = RepoPaths.Fixture("check-problems");

    // Every problem the check-problems fixture holds, as "file:line:col: severity: start of message".
    private static readonly string[] Expected =
    [
        "pages/about.md:7:22: error: broken link '../no-such-page/': nothing is built at no-such-page/",
        "reviews/eastshire-2099-01.md:4:12: error: 'published' is 2099-01, which is in the future",
        "reviews/eastshire-2099-01.md:8:30: warning: the source states 3 recommendations (source.extracted_recommendations) but this review lists 2",
        "reviews/eastshire-2099-01.md:13:20: warning: unknown agency 'Eastshire Polise': add it to agencies.yml, or did you mean 'Eastshire Police'?",
        "reviews/eastshire-2099-01.md:16:20: warning: unknown agency 'Riverside Housing': add it to agencies.yml, or did you mean 'Riverside Housing Association'?",
        "reviews/eastshire-2099-01.md:18:26: warning: hint: \"risk assessment\" suggests the theme 'risk-assessment'",
        "reviews/eastshire-2099-01.md:19:5: error: broken link '../no-such-review/': nothing is built at reviews/no-such-review/",
        "reviews/eastshire-2099-01.md:19:57: error: broken link '../westshire-2021-06/#rec-9': reviews/westshire-2021-06/ has no element with id 'rec-9'",
        "reviews/eastshire-2099-01.md:20:53: error: broken link '../draft-2021-01/': it leads to the draft review 'draft-2021-01'",
        "reviews/northshire-2020-02.md:5:16: error: year_of_death 2022 is after the review was published (2020-02)",
        "reviews/northshire-2020-02.md:8:10: error: recommendation text is empty",
        "reviews/southshire-2019-05.md:6:1: error: ",
        "reviews/westshire-2021-06.md:11:44: error: this looks like an NHS number",
        "reviews/westshire-2021-06.md:14:21: error: this looks like a full UK postcode",
        "reviews/westshire-2021-06.md:14:38: error: this looks like a date of birth",
        "reviews/westshire-2021-06.md:14:80: error: this looks like a date of birth",
        "reviews/westshire-2021-06.md:15:16: error: this looks like a UK phone number",
        "reviews/westshire-2021-06.md:15:55: error: this looks like a UK phone number",
    ];

    [Fact]
    public void Check_Reports_Every_Problem_In_One_Run_With_File_Line_And_Column()
    {
        var result = Shell.Run("check", "--input", Problems, "--theme", RepoPaths.Theme);

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        var reported = result.StderrLines
            .Where(l => l.StartsWith(Problems, StringComparison.Ordinal))
            .Select(l => l[(Problems.Length + 1)..])
            .ToList();
        foreach (var expected in Expected)
        {
            Assert.True(reported.Any(r => r.StartsWith(expected, StringComparison.Ordinal)), $"missing: {expected}\n{result}");
        }

        Assert.Equal(Expected.Length, reported.Count);
        Assert.Contains($"check: {Expected.Count(e => e.Contains(": error: "))} errors, {Expected.Count(e => e.Contains(": warning: "))} warnings", result.Stdout);
    }

    [Fact]
    public void Check_Does_Not_Repeat_Personal_Data_In_Its_Messages()
    {
        var result = Shell.Run("check", "--input", Problems, "--theme", RepoPaths.Theme);

        Assert.DoesNotContain("999 000 0018", result.Stderr);
        Assert.DoesNotContain("07700", result.Stderr);
        Assert.DoesNotContain("AB12", result.Stderr);
    }

    [Fact]
    public void Check_Passes_A_Clean_Site_With_Exit_Code_Zero()
    {
        var result = Shell.Run("check", "--input", RepoPaths.Fixture("basic-site"), "--theme", RepoPaths.Theme);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.DoesNotContain(": error: ", result.Stderr);
    }

    [Fact]
    public void Check_Json_Format_Parses_And_Counts_Match()
    {
        var result = Shell.Run("check", "--input", Problems, "--theme", RepoPaths.Theme, "--format", "json");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(items.Count(i => i.GetProperty("severity").GetString() == "error"), json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(items.Count(i => i.GetProperty("severity").GetString() == "warning"), json.RootElement.GetProperty("warnings").GetInt32());
        Assert.Contains(items, i =>
            i.GetProperty("file").GetString()!.EndsWith("westshire-2021-06.md", StringComparison.Ordinal)
            && i.GetProperty("line").GetInt32() == 11
            && i.GetProperty("column").GetInt32() == 44
            && i.GetProperty("message").GetString()!.Contains("NHS number", StringComparison.Ordinal));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Check_Github_Format_Prints_Workflow_Annotations()
    {
        var result = Shell.Run("check", "--input", Problems, "--theme", RepoPaths.Theme, "--format", "github");

        string file = Path.Combine(Problems, "reviews", "northshire-2020-02.md");
        Assert.Contains($"::error file={file},line=8,col=10,title=dhr-library check::recommendation text is empty", result.Stdout);
        Assert.Contains("::warning file=", result.Stdout);
    }

    [Fact]
    public void Check_With_An_Unknown_Format_Is_A_Usage_Error()
    {
        var result = Shell.Run("check", "--input", Problems, "--format", "xml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void Check_Reports_A_Broken_Markdown_Link_Against_The_Source_File_Line()
    {
        using var site = TempSite.CopyOf("basic-site");
        site.With("reviews/southshire-2023-11-14.md", site.Read("reviews/southshire-2023-11-14.md") + "\nSee [another](../no-such-review/).\n");

        var result = Shell.Run("check", "--input", site.Input, "--theme", RepoPaths.Theme);

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"{site.PathOf("reviews/southshire-2023-11-14.md")}:12:5: error: broken link '../no-such-review/'", result.Stderr);
    }

    [Fact]
    public void Check_External_Warns_About_The_Dead_Report_Link_Only()
    {
        using var server = Answering(new()
        {
            [("HEAD", "/ok.pdf")] = 200,
            [("HEAD", "/no-head.pdf")] = 405,
            [("GET", "/no-head.pdf")] = 200,
            [("HEAD", "/gone.pdf")] = 404,
            [("GET", "/gone.pdf")] = 404,
        });
        using var site = TempSite.CopyOf("basic-site");
        site.With("reviews/northshire-2022-03.md", site.Read("reviews/northshire-2022-03.md")
            .Replace("https://example.org/northshire-report.pdf", server.BaseUrl + "ok.pdf", StringComparison.Ordinal));
        site.With("reviews/westshire-2021-02.md", Review("Westshire", "2021-02", server.BaseUrl + "no-head.pdf"));
        site.With("reviews/eastshire-2020-07.md", Review("Eastshire", "2020-07", server.BaseUrl + "gone.pdf"));

        var result = Shell.Run("check", "--input", site.Input, "--theme", RepoPaths.Theme, "--external", "--timeout", "5");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var dead = result.StderrLines.Where(l => l.Contains("report_url looks dead", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(dead);
        Assert.StartsWith($"{site.PathOf("reviews/eastshire-2020-07.md")}:7:15: warning: report_url looks dead: HTTP 404", line);
        Assert.True(server.RequestCount >= 5, $"{server.RequestCount} requests");
    }

    [Fact]
    public void Check_Without_External_Makes_No_Requests()
    {
        using var server = Answering([]);
        using var site = TempSite.CopyOf("basic-site");
        site.With("reviews/eastshire-2020-07.md", Review("Eastshire", "2020-07", server.BaseUrl + "gone.pdf"));

        var result = Shell.Run("check", "--input", site.Input, "--theme", RepoPaths.Theme);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(0, server.RequestCount);
    }

    /// <summary>A stand-in for the internet: each path answers with a fixed status per method, anything else 404.</summary>
    private static LoopbackHttpServer Answering(Dictionary<(string Method, string Path), int> routes) =>
        new(context => context.Response.StatusCode =
            routes.TryGetValue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath), out int status) ? status : 404);

    private static string Review(string csp, string published, string reportUrl) => $"""
        ---
        title: {csp} review
        csp: {csp}
        published: {published}
        source:
          name: Synthetic test source
          report_url: {reportUrl}
        recommendations: []
        ---
        A synthetic summary.

        """;
}
