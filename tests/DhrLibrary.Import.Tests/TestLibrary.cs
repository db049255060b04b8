using System.Text;
using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import.Tests;

/// <summary>
/// A throw-away library folder for one test: <c>input/</c> with the shipped agencies.yml and themes.yml,
/// an empty <c>reviews/</c>, and a <c>seeds/</c> folder to put seed files in.
/// </summary>
public sealed class TestLibrary : IDisposable
{
    public TestLibrary()
    {
        Root = Path.Combine(Path.GetTempPath(), "dhr-import-" + Guid.NewGuid().ToString("N"));
        InputDir = Path.Combine(Root, "input");
        SeedsDir = Path.Combine(Root, "seeds");
        Directory.CreateDirectory(ReviewsDir);
        Directory.CreateDirectory(SeedsDir);
        File.Copy(Repo.Path("input", "agencies.yml"), Path.Combine(InputDir, "agencies.yml"));
        File.Copy(Repo.Path("input", "themes.yml"), Path.Combine(InputDir, "themes.yml"));
    }

    public string Root { get; }
    public string InputDir { get; }
    public string SeedsDir { get; }
    public string ReviewsDir => Path.Combine(InputDir, "reviews");

    public string[] ReviewFiles => [.. Directory.GetFiles(ReviewsDir, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Copies a fixture from tests/fixtures/seeds into seeds/ and returns its new path.</summary>
    public string AddFixture(string fixture, string? name = null)
    {
        string path = Path.Combine(SeedsDir, name ?? Path.GetFileName(fixture));
        File.Copy(Repo.Seed(fixture), path);
        return path;
    }

    public string AddSeed(string name, string text) => AddSeed(name, Encoding.UTF8.GetBytes(text));

    public string AddSeed(string name, byte[] bytes)
    {
        string path = Path.Combine(SeedsDir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public ImportResult Import(bool force = false, params string[] inputs) =>
        Importer.Run(new ImportOptions(inputs.Length == 0 ? [SeedsDir] : inputs, InputDir, force));

    public string ReviewText(string slug) => File.ReadAllText(Path.Combine(ReviewsDir, slug + ".md"));

    /// <summary>Reads a written review back with the core reader; the test fails on any error or warning.</summary>
    public Review ReadReview(string slug)
    {
        var bag = new DiagnosticBag();
        var review = ReviewReader.Read(Path.Combine(ReviewsDir, slug + ".md"), ReviewText(slug), Vocabulary(), bag);
        Assert.Empty(bag.Items);
        return review!;
    }

    /// <summary>Reads a written review back, allowing only warnings about agencies missing from agencies.yml.</summary>
    public IReadOnlyList<Recommendation> ReadRecommendationsAllowingUnknownAgencies(string slug) =>
        ReadReviewAllowingWarnings(slug, "unknown agency").Recommendations;

    /// <summary>Reads a written review back; the test fails on any error, or a warning that does not start as allowed.</summary>
    public Review ReadReviewAllowingWarnings(string slug, string allowedStart)
    {
        var bag = new DiagnosticBag();
        var review = ReviewReader.Read(Path.Combine(ReviewsDir, slug + ".md"), ReviewText(slug), Vocabulary(), bag);
        Assert.All(bag.Items, d => Assert.StartsWith(allowedStart, d.Message));
        Assert.All(bag.Items, d => Assert.False(d.IsError));
        return review!;
    }

    public ReviewVocabulary Vocabulary()
    {
        var bag = new DiagnosticBag();
        var agencies = CatalogReader.ReadAgencies("agencies.yml", File.ReadAllText(Path.Combine(InputDir, "agencies.yml")), bag);
        var themes = CatalogReader.ReadThemes("themes.yml", File.ReadAllText(Path.Combine(InputDir, "themes.yml")), bag);
        Assert.Empty(bag.Items);
        return ReviewVocabulary.From(themes, new AgencyCatalog(agencies));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
