using DhrLibrary.Content;
using DhrLibrary.Diagnostics;
using DhrLibrary.Model;

namespace DhrLibrary.Tests;

/// <summary>glossary.yml: read and checked like the other catalogues, published at /glossary/, linked from review pages.</summary>
public sealed class GlossaryTests : IDisposable
{
    private const string Glossary = """
        - term: MARAC
          expansion: Multi-Agency Risk Assessment Conference
          description: A meeting about victims at the highest risk.
        - term: GP
          expansion: General Practitioner
          description: A family doctor.
        - term: Coercive control
          aliases: [controlling or coercive behaviour]
          description: A pattern of controlling behaviour.
        """;

    private readonly TestSite _site = new TestSite()
        .With("glossary.yml", Glossary)
        .WithReview("northshire-2022-03", """
            title: Northshire review
            csp: Northshire
            published: 2022-03
            recommendations:
              - number: 1
                text: That GPs refer patients at risk to the MARAC.
                addressed_to: [Northshire Police]
            """, "The review found signs of controlling or coercive behaviour. Gp and marac in other cases do not count.\n");

    public void Dispose() => _site.Dispose();

    private static (IReadOnlyList<GlossaryTerm> Terms, IReadOnlyList<Diagnostic> Problems) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var terms = GlossaryReader.Read("glossary.yml", yaml, bag);
        return (terms, bag.Items);
    }

    [Fact]
    public void The_shipped_glossary_reads_without_a_problem_and_covers_the_sector_acronyms()
    {
        var (terms, problems) = Read(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", "glossary.yml")));
        Assert.Empty(problems);
        var names = terms.SelectMany(t => t.Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var acronym in new[] { "MARAC", "MAPPA", "IDVA", "ISVA", "DASH", "CSP", "DHR", "SAR", "GP", "A&E", "IOM", "MASH", "DVPO", "DVPN", "DVDS", "Clare's Law", "Coercive control" })
        {
            Assert.Contains(acronym, names);
        }

        Assert.All(terms, t => Assert.InRange(t.Description.Length, 20, GlossaryReader.LongDescription));
    }

    [Theory]
    [InlineData("- term: MARAC\n  description: x\n- term: marac\n  description: y\n", 3, "'marac' already names the glossary entry on line 1")]
    [InlineData("- term: MARAC\n  expansion: Conference\n  description: x\n- term: CONF\n  aliases: [Conference]\n  description: y\n", 5, "'Conference' already names")]
    [InlineData("- term: MARAC\n", 1, "missing required field 'description'")]
    [InlineData("- term: MARAC\n  description: x\n  meaning: y\n", 3, "meaning")]
    [InlineData("term: MARAC\n", 1, "must be a list")]
    [InlineData("- term: MARAC\n  aliases: Conference\n  description: x\n", 2, "must be a list")]
    public void A_bad_entry_is_an_error_naming_its_line(string yaml, int line, string message)
    {
        var (_, problems) = Read(yaml);
        var problem = Assert.Single(problems, p => p.IsError);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Check_reports_a_glossary_problem_with_the_file_name()
    {
        _site.With("glossary.yml", "- term: MARAC\n");
        var problem = Assert.Single(_site.Check(), p => p.IsError);
        Assert.EndsWith("glossary.yml", problem.File);
    }

    [Fact]
    public void Acronyms_count_in_capitals_as_whole_words_with_a_plural_and_other_names_in_any_case()
    {
        var (terms, _) = Read(Glossary);
        var use = new GlossaryUse(terms);
        Assert.Equal(["MARAC", "GP"], use.Find(["That GPs refer to the MARAC."]).Select(t => t.Term));
        Assert.Empty(use.Find(["Gp and marac; GPS; MARACS2"]));
        Assert.Equal(["Coercive control"], use.Find(["Signs of Controlling or coercive behaviour."]).Select(t => t.Term));
    }

    [Fact]
    public void The_glossary_page_lists_every_term_and_a_review_page_links_the_terms_it_uses()
    {
        Assert.True(_site.Build().Succeeded);
        string glossary = _site.Read("glossary/index.html");
        Assert.Contains("id=\"marac\"", glossary);
        Assert.Contains("<dfn>GP</dfn>: General Practitioner", glossary);
        Assert.Contains("Also called: controlling or coercive behaviour.", glossary);

        string review = _site.Read("reviews/northshire-2022-03/index.html");
        Assert.Contains("Terms used on this page", review);
        Assert.Contains("href=\"../../glossary/#marac\">MARAC</a>", review);
        Assert.Contains("href=\"../../glossary/#gp\">GP</a>", review);
        Assert.Contains("href=\"../../glossary/#coercive-control\">Coercive control</a>", review);
        Assert.Contains("glossary/\">Glossary of terms</a>", review);
    }

    [Fact]
    public void A_library_without_a_glossary_has_no_glossary_page_and_no_link_to_one()
    {
        File.Delete(Path.Combine(_site.Input, "glossary.yml"));
        Assert.True(_site.Build().Succeeded);
        Assert.False(_site.Exists("glossary/index.html"));
        Assert.DoesNotContain("glossary/", _site.Read("reviews/northshire-2022-03/index.html"));
        Assert.DoesNotContain("glossary/", _site.Read("search/index.html"));
    }
}
