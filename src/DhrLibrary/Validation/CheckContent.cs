using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Output;
using DhrLibrary.Pipeline;
using DhrLibrary.Rendering;

namespace DhrLibrary.Validation;

/// <summary>
/// Everything `check` does, collecting every problem in one run: the reader's rules for every file, the
/// review rules below, the links of the site built in memory (drafts included, nothing written), and
/// optionally the reports' web addresses.
/// </summary>
public static class CheckContent
{
    public static IReadOnlyList<IReviewRule> ReviewRules { get; } =
        [new PublishedInFutureRule(), new PersonalDataRule(), new ThemeKeywordRule(), new PlaceholderRule()];

    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(string inputDir, CheckOptions options, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        // Each file is read and parsed once: the reader hands over the positioned YAML the rules point into.
        var (library, documents) = LoadContent.LoadWithDocuments(inputDir, diagnostics);
        var context = new CheckContext(library, options.Today);
        Parallel.ForEach(documents, document =>
        {
            foreach (var rule in ReviewRules)
            {
                rule.Check(document, context, diagnostics);
            }
        });

        if (options.ThemeDir is string themeDir)
        {
            CheckBuiltLinks(inputDir, themeDir, library, diagnostics);
        }

        if (options.External)
        {
            using var own = http is null ? new HttpClient() : null;
            own?.DefaultRequestHeaders.UserAgent.ParseAdd("dhr-library-check/1.0 (+link checker for the DHR library)");
            var client = http ?? own!;
            await new CheckExternalLinks(client, options.ExternalConcurrency, options.ExternalTimeout)
                .CheckAsync(documents, diagnostics, cancellationToken);
        }

        return diagnostics.Items;
    }

    private static void CheckBuiltLinks(string inputDir, string themeDir, Library library, DiagnosticBag diagnostics)
    {
        var options = new RenderOptions { IncludeDrafts = true };
        try
        {
            // The library is built as read (a library with errors from what could be read), so link problems
            // show up in the same run as the others.
            var files = new SiteBuilder(inputDir, themeDir, options).ProduceFrom(library);
            var readable = library.Reviews.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
            string reviewsDir = Path.Combine(inputDir, "reviews");
            var unreadable = new HashSet<string>(StringComparer.Ordinal);
            if (Directory.Exists(reviewsDir))
            {
                unreadable.UnionWith(Directory.GetFiles(reviewsDir, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Where(s => !readable.Contains(s)));
            }

            new CheckLinks(files, library.Site.BaseUrlWithSlash).Check(AddThemePages.Add(library, themeDir, diagnostics), themeDir, unreadable, diagnostics);
        }
        catch (TemplateException ex)
        {
            diagnostics.Add(ex.ToDiagnostic());
        }
        catch (BuildException ex)
        {
            diagnostics.Error(themeDir, 1, 1, $"the site could not be built to check its links: {ex.Message}");
        }
    }
}
