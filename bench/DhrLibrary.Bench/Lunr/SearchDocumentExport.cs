using System.Text.Json;
using DhrLibrary.Diagnostics;
using DhrLibrary.Pipeline;
using DhrLibrary.SearchIndex;

namespace DhrLibrary.Bench.Lunr;

/// <summary>
/// The search documents exactly as the build indexes them (the library's own <see cref="SearchDocuments"/>, with
/// its fields and boosts), written as JSON for lunr.js. This is the one place the bench calls the library in-process.
/// </summary>
public static class SearchDocumentExport
{
    public static int Write(string inputDir, string path)
    {
        var diagnostics = new DiagnosticBag();
        var library = LoadContent.Load(inputDir, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"the corpus at {inputDir} has errors; run check on it");
        }

        // The index reads the summaries' plain text, so the summaries stage runs first, as in the build.
        var reviews = AssembleSite.Order(library.Reviews, includeDrafts: false);
        var site = AssembleSite.Assemble(library, reviews, new ModelInputs { Summaries = RenderSummaries.Render(reviews, offline: false) });
        var documents = SearchDocuments.From(site).ToList();
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, new
        {
            @ref = "ref",
            fields = SearchDocuments.Fields.Select(f => new object[] { f.Name, f.Boost }),
            documents,
        });
        return documents.Count;
    }
}
