using System.Text;
using System.Text.Json;
using DhrLibrary.Bench.Corpus;
using DhrLibrary.Diagnostics;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;
using DhrLibrary.SearchIndex;
using Xunit.Abstractions;

namespace DhrLibrary.Tests.Relevance;

/// <summary>
/// A judged query set (seed-queries.json over the shipped library, corpus-queries.json over a generated one),
/// written from what a practitioner asks: agencies by name and alias, acronyms, phrases, themes, places, years,
/// typos. Each query says which documents are relevant by a rule over the library's data (theme/scripts/tests/
/// relevance.js), and the search is measured beside plain lunr.js on the same index: precision at 10 and recall.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private sealed record Measure(double P10, double Recall, int Results);
    private sealed record Judged(string Q, string Class, int Relevant, Measure Smart, Measure Lunr);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void Every_query_class_does_at_least_as_well_as_plain_lunr_and_the_set_better()
    {
        var judged = new List<Judged>();
        using (var seed = new TempFolder())
        {
            Build(Path.Combine(RepositoryRoot.Path, "input"), seed.Path);
            judged.AddRange(Evaluate(seed.Path, Path.Combine(RepositoryRoot.Path, "input"), "seed-queries.json"));
        }

        using (var corpus = new TempFolder())
        {
            // 300 generated reviews: about 2,900 documents, enough for every class to have more than 10 relevant.
            CorpusWriter.Write(corpus.Path, 300, 1);
            string input = Path.Combine(corpus.Path, "input");
            File.Copy(Path.Combine(RepositoryRoot.Path, "input", "glossary.yml"), Path.Combine(input, "glossary.yml"));
            Build(input, Path.Combine(corpus.Path, "output"));
            judged.AddRange(Evaluate(Path.Combine(corpus.Path, "output"), input, "corpus-queries.json"));
        }

        output.WriteLine(Table(judged));
        Assert.True(judged.Count >= 40, $"the judged set has {judged.Count} queries; it needs at least 40");
        foreach (var group in judged.GroupBy(j => j.Class))
        {
            double smartP = group.Average(j => j.Smart.P10), lunrP = group.Average(j => j.Lunr.P10);
            double smartR = group.Average(j => j.Smart.Recall), lunrR = group.Average(j => j.Lunr.Recall);
            Assert.True(smartP >= lunrP, $"{group.Key}: precision at 10 {smartP:0.00} is below plain lunr's {lunrP:0.00}");
            Assert.True(smartR >= lunrR, $"{group.Key}: recall {smartR:0.00} is below plain lunr's {lunrR:0.00}");
        }

        Assert.True(judged.Average(j => j.Smart.P10) > judged.Average(j => j.Lunr.P10), "the set as a whole must be more precise than plain lunr");
        Assert.True(judged.Average(j => j.Smart.Recall) > judged.Average(j => j.Lunr.Recall), "the set as a whole must find more than plain lunr");
    }

    private static void Build(string input, string outputDir)
    {
        var result = new SiteBuilder(input, Path.Combine(RepositoryRoot.Path, "theme"), new RenderOptions()).Build(outputDir);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    private static IReadOnlyList<Judged> Evaluate(string site, string input, string queries)
    {
        // What each query's relevant documents are is decided over the documents' own texts (the site ships no
        // such file: a phrase is answered from pairs of words): every indexed field, in index order.
        var library = LoadContent.Load(input, new DiagnosticBag());
        var ordered = AssembleSite.Order(library.Reviews, includeDrafts: false);
        var model = AssembleSite.Assemble(library, ordered, new ModelInputs { Summaries = RenderSummaries.Render(ordered, offline: false) });
        string texts = Path.Combine(Path.GetDirectoryName(site)!, Path.GetFileName(site) + "-texts.json");
        File.WriteAllText(texts, JsonSerializer.Serialize(SearchDocuments.From(model).Select(doc => string.Join(" | ",
            SearchDocuments.Fields.Select(f => doc.GetValueOrDefault(f.Name)).Where(v => !string.IsNullOrEmpty(v))))));
        string script = Path.Combine(RepositoryRoot.Path, "theme", "scripts", "tests", "relevance.js");
        var (code, stdout, stderr) = NodeScript.Run(script, site, Path.Combine(AppContext.BaseDirectory, "Relevance", queries), texts);
        Assert.True(code == 0, $"relevance.js failed ({code}): {stderr}");
        return JsonSerializer.Deserialize<List<Judged>>(stdout, Json)!;
    }

    // The table bench/RESULTS.md quotes: per class, then the whole set.
    private static string Table(IReadOnlyList<Judged> judged)
    {
        var s = new StringBuilder("| class | queries | P@10 ours | P@10 lunr | recall ours | recall lunr |\n|---|---|---|---|---|---|\n");
        foreach (var g in judged.GroupBy(j => j.Class).Append(judged.GroupBy(_ => "all").Single()))
        {
            s.Append($"| {g.Key} | {g.Count()} | {g.Average(j => j.Smart.P10):0.00} | {g.Average(j => j.Lunr.P10):0.00} | {g.Average(j => j.Smart.Recall):0.00} | {g.Average(j => j.Lunr.Recall):0.00} |\n");
        }

        foreach (var j in judged)
        {
            s.Append($"{j.Class}\t{j.Q}\trelevant {j.Relevant}\tours {j.Smart.P10:0.00}/{j.Smart.Recall:0.00}\tlunr {j.Lunr.P10:0.00}/{j.Lunr.Recall:0.00}\n");
        }

        return s.ToString();
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dhr-relevance-" + Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
