using DhrLibrary.Diagnostics;
using DhrLibrary.Pipeline;

namespace DhrLibrary.Tests;

/// <summary>
/// A small synthetic site written inline into a temporary folder (Hugo-style test sites). Everything in
/// these sites is invented for tests; no real people are described.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = "title: Test Library\nbase_url: https://test.example.org/dhr/\ndescription: Synthetic test library.\n";

    public const string AgenciesYml = """
        - name: Northshire Police
          aliases: [NP]
          kind: police
        - name: Northshire Community Safety Partnership
          aliases: [Northshire CSP]
          kind: partnership
        - name: Northshire Health Board
          kind: health
        """;

    public const string ThemesYml = """
        - slug: information-sharing
          name: Information sharing
          keywords: [information sharing]
        - slug: housing
          name: Housing
          keywords: [housing]
        """;

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "dhr-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input", "reviews"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), SiteYml);
        File.WriteAllText(Path.Combine(Input, "agencies.yml"), AgenciesYml);
        File.WriteAllText(Path.Combine(Input, "themes.yml"), ThemesYml);
    }

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");

    public static string ThemeDir => Path.Combine(RepositoryRoot.Path, "theme");

    public TestSite With(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite WithReview(string slug, string frontMatter, string body = "A synthetic summary.\n") =>
        With($"reviews/{slug}.md", $"---\n{frontMatter.Trim()}\n---\n{body}");

    public BuildResult Build(RenderOptions? options = null, string? themeDir = null) =>
        new SiteBuilder(Input, themeDir ?? ThemeDir, options ?? new RenderOptions()).Build(Output);

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public IReadOnlyList<Diagnostic> Check()
    {
        var bag = new DiagnosticBag();
        LoadContent.Load(Input, bag);
        return bag.Items;
    }

    public string ReviewPath(string slug) => Path.Combine(Input, "reviews", slug + ".md");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
