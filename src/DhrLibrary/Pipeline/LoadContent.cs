using System.Collections.Concurrent;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Pipeline;

/// <summary>First stage: reads everything under <c>input/</c> into a <see cref="Library"/>, collecting every problem.</summary>
public static class LoadContent
{
    public static Library Load(string inputDir, DiagnosticBag diagnostics) => Load(inputDir, diagnostics, keepDocuments: false).Library;

    /// <summary>
    /// The library and, for each review read, its <see cref="ReviewDocument"/> (positioned YAML and lines) from the
    /// same parse, in the order of <see cref="Library.Reviews"/>: what <c>check</c>'s rules read, without a second pass.
    /// </summary>
    public static (Library Library, IReadOnlyList<ReviewDocument> Documents) LoadWithDocuments(string inputDir, DiagnosticBag diagnostics) =>
        Load(inputDir, diagnostics, keepDocuments: true);

    private static (Library Library, IReadOnlyList<ReviewDocument> Documents) Load(string inputDir, DiagnosticBag diagnostics, bool keepDocuments)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(inputDir, 1, 1, "input folder not found: pass --input with the folder that holds site.yml and reviews/");
            return (new Library(new SiteConfig(), AgencyCatalog.Empty, [], [], []), []);
        }

        string sitePath = Path.Combine(inputDir, "site.yml");
        var site = File.Exists(sitePath)
            ? InputFiles.Read(sitePath, inputDir, diagnostics) is { } siteText ? CatalogReader.ReadSite(sitePath, siteText, diagnostics) : new SiteConfig()
            : Missing(sitePath, diagnostics, new SiteConfig());

        string agenciesPath = Path.Combine(inputDir, "agencies.yml");
        var agencies = new AgencyCatalog(File.Exists(agenciesPath) && InputFiles.Read(agenciesPath, inputDir, diagnostics) is { } agencyText
            ? CatalogReader.ReadAgencies(agenciesPath, agencyText, diagnostics)
            : []);

        string themesPath = Path.Combine(inputDir, "themes.yml");
        var themes = File.Exists(themesPath) && InputFiles.Read(themesPath, inputDir, diagnostics) is { } themeText
            ? CatalogReader.ReadThemes(themesPath, themeText, diagnostics)
            : [];

        var vocabulary = ReviewVocabulary.From(themes, agencies);
        var read = ReadFolder(inputDir, Path.Combine(inputDir, "reviews"), diagnostics,
            (path, text) => ReviewReader.ReadDocument(path, text, vocabulary, diagnostics, keepDocuments) is (Review review, var document) ? new ReadReview(review, document) : null);
        var reviews = read.Select(r => r.Review).ToList();
        var documents = keepDocuments ? read.Select(r => r.Document!).ToList() : [];
        var pages = ReadFolder(inputDir, Path.Combine(inputDir, "pages"), diagnostics,
            (path, text) => PageReader.Read(path, text, diagnostics));

        string glossaryPath = Path.Combine(inputDir, GlossaryReader.FileName);
        var glossary = File.Exists(glossaryPath)
            ? GlossaryReader.Read(glossaryPath, File.ReadAllText(glossaryPath), diagnostics)
            : [];

        return (new Library(site, agencies, themes, reviews, pages) { Glossary = glossary }, documents);
    }

    private static T Missing<T>(string path, DiagnosticBag diagnostics, T fallback)
    {
        diagnostics.Error(path, 1, 1, $"{Path.GetFileName(path)} is missing");
        return fallback;
    }

    private sealed record ReadReview(Review Review, ReviewDocument? Document);

    private static List<T> ReadFolder<T>(string inputDir, string folder, DiagnosticBag diagnostics, Func<string, string, T?> read)
        where T : class
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var results = new ConcurrentBag<(int Index, T Item)>();
        Parallel.For(0, files.Length, i =>
        {
            string path = files[i];
            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                if (!Path.GetFileName(path).StartsWith('.'))
                {
                    diagnostics.Warning(path, 1, 1, "not a .md file, so it is ignored");
                }

                return;
            }

            if (InputFiles.Read(path, inputDir, diagnostics) is { } text && read(path, text) is T item)
            {
                results.Add((i, item));
            }
        });
        return [.. results.OrderBy(r => r.Index).Select(r => r.Item)];
    }
}
