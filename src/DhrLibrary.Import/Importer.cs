using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import;

/// <summary>
/// The <c>import</c> command's work: read seed summaries, turn each into a review, choose its slug, check
/// that the file would read back unchanged, and only when no input has an error write
/// <c>input/reviews/&lt;slug&gt;.md</c>. Files are never overwritten without <see cref="ImportOptions.Force"/>.
/// </summary>
public static class Importer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static ImportResult Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var agencies = new AgencyCatalog(ReadCatalog(options.InputDir, "agencies.yml", CatalogReader.ReadAgencies, diagnostics));
        var themes = ReadCatalog(options.InputDir, "themes.yml", CatalogReader.ReadThemes, diagnostics);
        var vocabulary = ReviewVocabulary.From(themes, agencies);
        string reviewsDir = Path.Combine(options.InputDir, "reviews");
        var planner = new SlugPlanner(ExistingReview.ReadFolder(reviewsDir));

        var planned = new List<(ImportedReview Outcome, string? Text)>();
        foreach (var seedPath in SeedFiles.Collect(options.Inputs, diagnostics))
        {
            int errorsBefore = diagnostics.ErrorCount;
            var prepared = Prepare(seedPath, reviewsDir, options.Force, agencies, themes, vocabulary, planner, diagnostics);
            if (prepared is not null && diagnostics.ErrorCount == errorsBefore)
            {
                planned.Add(prepared.Value);
            }
        }

        if (diagnostics.HasErrors)
        {
            return new ImportResult([], diagnostics.Items);
        }

        var outcomes = new List<ImportedReview>();
        foreach (var (outcome, text) in planned)
        {
            if (text is null || TryWrite(outcome, text, diagnostics))
            {
                outcomes.Add(outcome);
            }
        }

        return new ImportResult(outcomes, diagnostics.Items);
    }

    private static (ImportedReview, string?)? Prepare(
        string seedPath, string reviewsDir, bool force, AgencyCatalog agencies, IReadOnlyList<Theme> themes,
        ReviewVocabulary vocabulary, SlugPlanner planner, DiagnosticBag diagnostics)
    {
        if (SeedFiles.ReadText(seedPath, diagnostics) is not string seedText
            || SeedParser.Parse(seedPath, seedText, diagnostics) is not SeedSummary seed)
        {
            return null;
        }

        var review = SeedConverter.ToReview(seed, agencies, themes, diagnostics);
        // What the review says is read from the file it would become, so it compares like for like with the files
        // already in input/reviews/ (the same writer made them, and the same reader reads both).
        var content = ReviewContent.FromFile(ReviewFileWriter.Write(review))!;
        var plan = planner.Plan(review, seedPath, content);
        string output = Path.Combine(reviewsDir, plan.Slug + ".md");
        switch (plan.Kind)
        {
            case SlugPlanKind.DuplicateInRun:
                string reason = $"the same review (CSP, published date, title, summary and recommendations) as {plan.DuplicateOf}";
                diagnostics.Warning(seedPath, 1, 1, $"{reason}, so it is skipped");
                return (new ImportedReview(seedPath, plan.Slug, output, ImportAction.Skipped, reason), null);
            case SlugPlanKind.OtherVersionInRun:
                string other = $"another version of the review in {plan.DuplicateOf} (same CSP, published date and title; most of the summary and recommendations are the same, some differ)";
                diagnostics.Warning(seedPath, 1, 1, $"{other}, so it is skipped; import the version you want on its own");
                return (new ImportedReview(seedPath, plan.Slug, output, ImportAction.Skipped, other), null);
            case SlugPlanKind.AlreadyImported when !force:
                return (new ImportedReview(seedPath, plan.Slug, output, ImportAction.Skipped,
                    $"already imported as {output} (use --force to overwrite it)"), null);
            case SlugPlanKind.ChangedVersion when !force:
                string changed = $"a changed version of the review in {output}: its summary or recommendations differ from that file's";
                diagnostics.Warning(seedPath, 1, 1, $"{changed}; nothing was written (use --force to replace the file with this version)");
                return (new ImportedReview(seedPath, plan.Slug, output, ImportAction.Skipped, changed + " (use --force to replace it)"), null);
        }

        review = review with { Slug = plan.Slug };
        string text = ReviewFileWriter.Write(review);
        CheckReadsBack(seedPath, output, text, review, vocabulary, diagnostics);
        var action = plan.Kind is SlugPlanKind.AlreadyImported or SlugPlanKind.ChangedVersion ? ImportAction.Overwritten : ImportAction.Created;
        return (new ImportedReview(seedPath, plan.Slug, output, action), text);
    }

    // A safety net: the file must give back what was imported, or the seed is reported rather than written.
    private static void CheckReadsBack(string seedPath, string output, string text, Review review, ReviewVocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var check = new DiagnosticBag();
        var back = ReviewReader.Read(output, text, vocabulary, check);
        foreach (var error in check.Items.Where(d => d.IsError))
        {
            diagnostics.Error(seedPath, 1, 1, $"the review file for this seed would not read back: {error.Message} (line {error.Line} of {output})");
        }

        if (back is null)
        {
            return;
        }

        var differs = review.Recommendations.Zip(back.Recommendations)
            .FirstOrDefault(p => p.First.Text != p.Second.Text || !p.First.AddressedTo.SequenceEqual(p.Second.AddressedTo));
        if (back.Recommendations.Count != review.Recommendations.Count || differs.First is not null)
        {
            diagnostics.Error(seedPath, differs.First?.Line ?? 1, 1,
                $"the review file for this seed would not read back the same recommendation{(differs.First is null ? "s" : $" {differs.First.Number}")}");
        }
    }

    private static bool TryWrite(ImportedReview outcome, string text, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(outcome.OutputPath)!);
            var mode = outcome.Action == ImportAction.Overwritten ? FileMode.Create : FileMode.CreateNew;
            using var stream = new FileStream(outcome.OutputPath, mode, FileAccess.Write);
            stream.Write(Utf8NoBom.GetBytes(text));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(outcome.OutputPath, 1, 1, $"cannot write the review for {outcome.SeedPath}: {ex.Message}");
            return false;
        }
    }

    private static IReadOnlyList<T> ReadCatalog<T>(
        string inputDir, string name, Func<string, string, DiagnosticBag, IReadOnlyList<T>> read, DiagnosticBag diagnostics)
    {
        string path = Path.Combine(inputDir, name);
        if (!File.Exists(path))
        {
            diagnostics.Warning(path, 1, 1, $"{name} not found, so {(name == "themes.yml" ? "no themes are tagged" : "agency names are kept as written")}");
            return [];
        }

        return read(path, File.ReadAllText(path), diagnostics);
    }
}
