using System.IO.Compression;
using System.Text.Json;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Search;
using DhrLibrary.SearchIndex;
using DhrLibrary.Rendering;

namespace DhrLibrary.Tests;

public sealed class BuildOutputTests : IDisposable
{
    private const string Review = """
        title: Northshire review
        csp: Northshire
        published: 2022-03
        recommendations:
          - number: 1
            text: That Northshire Police reviews its escalation policy.
            addressed_to: [NP]
          - number: 2
            text: That the partnership shares the learning.
            addressed_to: [Northshire CSP]
        """;

    private readonly TestSite _site = new TestSite().WithReview("northshire-2022-03", Review);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_with_content_errors_leaves_the_previous_output_exactly_as_it_was()
    {
        Assert.True(_site.Build().Succeeded);
        var before = Snapshot();
        _site.WithReview("broken-2022-03", "title: [no\n");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("broken-2022-03.md") && d.IsError);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_template_error_names_the_template_file_line_and_column_and_leaves_the_output()
    {
        Assert.True(_site.Build().Succeeded);
        var before = Snapshot();
        var theme = CopyTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "review.sbn-html"), "<h1>{{ page.title }}</h1>\n<p>{{ page.no_such_field }}</p>\n");
        var ex = Assert.Throws<TemplateException>(() => _site.Build(themeDir: theme));
        Assert.EndsWith("review.sbn-html", ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal(12, ex.Column);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_template_syntax_error_is_reported_with_its_position()
    {
        var theme = CopyTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "theme.sbn-html"), "line one\n{{ for x in }}\n");
        var ex = Assert.Throws<TemplateException>(() => _site.Build(themeDir: theme));
        Assert.EndsWith("theme.sbn-html", ex.File);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Files_that_no_source_produces_any_more_are_removed()
    {
        _site.WithReview("southshire-2023-01", Review.Replace("Northshire review", "Southshire review").Replace("csp: Northshire", "csp: Southshire"));
        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Exists("reviews/southshire-2023-01/index.html"));
        File.Delete(_site.ReviewPath("southshire-2023-01"));
        Assert.True(_site.Build().Succeeded);
        Assert.False(_site.Exists("reviews/southshire-2023-01/index.html"));
        Assert.False(_site.Exists("partnerships/southshire/index.html"));
    }

    [Fact]
    public void Drafts_are_left_out_of_a_normal_build_and_shown_with_drafts()
    {
        _site.WithReview("draft-2024-01", Review.Replace("Northshire review", "Draft review") + "\ndraft: true");
        Assert.True(_site.Build().Succeeded);
        Assert.False(_site.Exists("reviews/draft-2024-01/index.html"));
        foreach (var file in Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".zip") && !f.Contains("vendor")))
        {
            Assert.DoesNotContain("draft-2024-01", File.ReadAllText(file));
        }

        Assert.True(_site.Build(new RenderOptions { IncludeDrafts = true }).Succeeded);
        var html = _site.Read("reviews/draft-2024-01/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("Draft", html);
        Assert.DoesNotContain("draft-2024-01", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void The_search_index_has_a_document_per_review_and_per_recommendation()
    {
        Assert.True(_site.Build().Succeeded);
        var script = _site.Read(BuildSearchIndex.IndexScript);
        Assert.StartsWith("window.DHR_SEARCH_INDEX = ", script);
        using var json = JsonDocument.Parse(script["window.DHR_SEARCH_INDEX = ".Length..script.IndexOf(";\n", StringComparison.Ordinal)]);
        var refs = Refs(json.RootElement).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["reviews/northshire-2022-03/", "reviews/northshire-2022-03/#rec-1", "reviews/northshire-2022-03/#rec-2"], refs);
        Assert.Contains("\"titles\":\"Northshire review\"", script);
        Assert.Contains("That Northshire Police reviews its escalation policy.", _site.Read(SearchTextFiles.PathOf(0)));
        Assert.True(_site.Exists("assets/vendor/lunr.min.js"));
        Assert.True(_site.Exists("search/index.html"));
    }

    // The page's own (small) script is the only one its head runs besides the exit control; the index, lunr.js, the
    // engine and the page's code are preloaded there (low priority, the index first) and run by search.js, in the
    // order the form lists them, once the page is painted.
    [Fact]
    public void The_search_page_runs_one_script_from_its_head_and_preloads_the_index_first_and_other_pages_do_not()
    {
        Assert.True(_site.Build().Succeeded);
        var search = _site.Read("search/index.html");
        int head = search.IndexOf("</head>", StringComparison.Ordinal);
        string[] preloaded = ["assets/search/index.js", "assets/vendor/lunr.min.js", "assets/search/engine.js", "assets/search-page.js"];
        int previous = 0;
        foreach (var script in preloaded)
        {
            int at = search.IndexOf($"<link rel=\"preload\" href=\"../{script}\" as=\"script\" fetchpriority=\"low\">", StringComparison.Ordinal);
            Assert.True(at > previous && at < head, $"{script} is preloaded in the head, in order");
            previous = at;
        }

        Assert.Contains($"data-scripts=\"{string.Join(' ', preloaded.Select(s => "../" + s))}\"", search);
        Assert.True(search.IndexOf("<script src=\"../assets/exit.js\" defer></script>", StringComparison.Ordinal) is > 0 and var exit && exit < head);
        Assert.True(search.IndexOf("<script src=\"../assets/search.js\" defer></script>", StringComparison.Ordinal) is > 0 and var page && page < head);
        Assert.Equal(2, Count(search, "<script "));
        Assert.Equal(1, Count(search, "rel=\"stylesheet\""));
        Assert.DoesNotContain("search/index.js", _site.Read("index.html"));
        Assert.DoesNotContain("engine.js", _site.Read("index.html"));
    }

    // Each text file holds a few reviews' excerpts and their recommendations' first words, numbered as the facets number them.
    [Fact]
    public void The_result_texts_are_in_files_of_a_few_reviews_each()
    {
        Assert.True(_site.Build().Succeeded);
        var text = _site.Read(SearchTextFiles.PathOf(0));
        Assert.StartsWith("DHR_SEARCH_TEXTS(0,{\"rec\":0,\"reviews\":\"", text);
        Assert.EndsWith("});\n", text);
        using var json = JsonDocument.Parse(text["DHR_SEARCH_TEXTS(0,".Length..^");\n".Length]);
        Assert.Single(json.RootElement.GetProperty("reviews").GetString()!.Split('\n'));
        Assert.Equal(["That Northshire Police reviews its escalation policy.", "That the partnership shares the learning."],
            json.RootElement.GetProperty("recs").GetString()!.Split('\n'));
        Assert.False(_site.Exists(SearchTextFiles.PathOf(1)));
        Assert.False(_site.Exists("assets/search/data.js"));
    }

    // search.js maps index documents to reviews and recommendations by position: each review, then its recommendations,
    // in the order the facets list them.
    [Fact]
    public void The_index_documents_follow_the_facets_order()
    {
        Assert.True(_site.Build().Succeeded);
        var script = _site.Read(BuildSearchIndex.IndexScript);
        int split = script.IndexOf(";\n", StringComparison.Ordinal);
        using var index = JsonDocument.Parse(script["window.DHR_SEARCH_INDEX = ".Length..split]);
        const string Facets = "window.DHR_SEARCH_FACETS = ";
        int facetsAt = script.IndexOf(Facets, split, StringComparison.Ordinal);
        using var facets = JsonDocument.Parse(script[(facetsAt + Facets.Length)..script.LastIndexOf(';')]);

        var refs = Refs(index.RootElement);

        var paths = facets.RootElement.GetProperty("reviews").GetProperty("paths").GetString()!.Split('\n');
        var recs = facets.RootElement.GetProperty("recs");
        var recReviews = ScriptLists.ReadIntegers(recs.GetProperty("reviews").GetString()!);
        var recNumbers = ScriptLists.ReadIntegers(recs.GetProperty("numbers").GetString()!);
        var expected = paths.SelectMany((path, rv) => new[] { path }
            .Concat(recReviews.Select((r, i) => (r, i)).Where(x => x.r == rv).Select(x => $"{path}#rec-{recNumbers[x.i]}")));
        Assert.Equal(expected, refs);
        Assert.True(refs.Count >= 3);
    }

    [Fact]
    public void The_index_script_carries_the_facets_and_the_engine_script_both_decoders_and_query_engine()
    {
        Assert.True(_site.Build().Succeeded);
        var index = _site.Read(BuildSearchIndex.IndexScript);
        Assert.Contains("\nwindow.DHR_SEARCH_FACETS = {\"format\":\"dhr-search-facets/3\",\"textsPerFile\":4,", index);
        var engine = _site.Read(BuildSearchIndex.EngineScript);
        Assert.Contains("root.DhrLunrCompact = api", engine);
        Assert.Contains("root.DhrQuery = api", engine);
        Assert.False(_site.Exists("assets/search/facets.js"));
    }

    [Fact]
    public void The_offline_copy_is_one_zip_of_an_offline_build_under_a_top_folder()
    {
        Assert.True(_site.Build(new RenderOptions { PublishOfflineCopy = true }).Succeeded);
        Assert.Contains("Download an offline copy", _site.Read("index.html"));
        using var zip = ZipFile.OpenRead(Path.Combine(_site.Output, OfflinePackage.FileName));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("dhr-library/index.html", names);
        Assert.Contains("dhr-library/search/index.html", names);
        Assert.Contains("dhr-library/assets/search/index.js", names);
        Assert.Contains("dhr-library/assets/vendor/lunr.min.js", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".zip"));
        using var reader = new StreamReader(zip.GetEntry("dhr-library/reviews/northshire-2022-03/index.html")!.Open());
        var html = reader.ReadToEnd();
        Assert.Contains("href=\"../../partnerships/northshire/index.html\"", html);
        Assert.DoesNotContain("Download an offline copy", html);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private string CopyTheme()
    {
        string target = Path.Combine(_site.Root, "theme");
        BrowserPackages.EnsureLunr(TestSite.ThemeDir);
        foreach (var file in Directory.GetFiles(TestSite.ThemeDir, "*", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules")))
        {
            var to = Path.Combine(target, Path.GetRelativePath(TestSite.ThemeDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        // The theme copy has no node_modules: point it at the repository's installed lunr.js.
        Directory.CreateDirectory(Path.Combine(target, "node_modules", "lunr"));
        File.Copy(Path.Combine(TestSite.ThemeDir, BrowserPackages.LunrRelative), Path.Combine(target, BrowserPackages.LunrRelative));
        return target;
    }

    // The compact index's refs: front-coded, a prefix length per ref and the rest a line each.
    private static List<string> Refs(JsonElement index)
    {
        var prefixes = ScriptLists.ReadIntegers(index.GetProperty("refPrefixes").GetString()!);
        var suffixes = index.GetProperty("refs").GetString()!.Split('\n');
        var refs = new List<string>();
        string previous = "";
        for (int i = 0; i < suffixes.Length; i++)
        {
            previous = previous[..prefixes[i]] + suffixes[i];
            refs.Add(previous);
        }

        return refs;
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
