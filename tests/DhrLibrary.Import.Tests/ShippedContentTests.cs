using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Import.Tests;

/// <summary>The agencies, themes and review shipped in <c>input/</c> are valid and fit for tagging real reviews.</summary>
public sealed class ShippedContentTests
{
    private static IReadOnlyList<Agency> ReadAgencies()
    {
        var bag = new DiagnosticBag();
        var agencies = CatalogReader.ReadAgencies("agencies.yml", File.ReadAllText(Repo.Path("input", "agencies.yml")), bag);
        Assert.Empty(bag.Items);
        return agencies;
    }

    private static IReadOnlyList<Theme> ReadThemes()
    {
        var bag = new DiagnosticBag();
        var themes = CatalogReader.ReadThemes("themes.yml", File.ReadAllText(Repo.Path("input", "themes.yml")), bag);
        Assert.Empty(bag.Items);
        return themes;
    }

    [Fact]
    public void Agencies_read_without_diagnostics_and_cover_the_common_national_bodies()
    {
        var catalog = new AgencyCatalog(ReadAgencies());

        Assert.InRange(catalog.Agencies.Count, 40, 80);
        foreach (var name in new[]
        {
            "Home Office", "NHS England", "DHSC", "MoJ", "HMPPS", "NPS", "National Probation Service", "College of Policing",
            "NPCC", "CPS", "ICB", "GPs", "Primary Care", "MARAC", "LSCP", "Safeguarding Adults Board", "DfE", "DWP",
            "Refuge", "SafeLives", "Women’s Aid", "Housing providers", "Adult social care", "Children’s social care",
            "Mental health trusts", "Ambulance service", "Substance misuse services", "IDVA",
        })
        {
            Assert.True(catalog.TryResolve(name, out _), $"'{name}' is not in agencies.yml");
        }
    }

    [Theory]
    [InlineData("GMP", "Greater Manchester Police", "police")]
    [InlineData("National Police Chiefs’ Council", "National Police Chiefs' Council", "police")]
    [InlineData("National Police Chiefs' Council", "National Police Chiefs' Council", "police")]
    [InlineData("Manchester Health and Care Commissioning", "Manchester Health and Care Commissioning", "health")]
    [InlineData("Manchester Community Safety Partnership", "Manchester Community Safety Partnership", "partnership")]
    [InlineData("Greater Manchester MAPPA Strategic Management Board", "Greater Manchester MAPPA Strategic Management Board", "partnership")]
    [InlineData("Manchester Safeguarding Adults Board", "Manchester Safeguarding Adults Board", "partnership")]
    [InlineData("Manchester Housing Providers Partnership", "Manchester Housing Providers Partnership", "housing")]
    [InlineData("NPS", "Probation Service", "probation")]
    public void Agency_names_and_aliases_resolve_to_a_canonical_agency_of_the_right_kind(string written, string name, string kind)
    {
        Assert.True(new AgencyCatalog(ReadAgencies()).TryResolve(written, out var agency));
        Assert.Equal(name, agency.Name);
        Assert.Equal(kind, agency.Kind.Spelling());
    }

    [Fact]
    public void Themes_read_without_diagnostics_and_each_has_keywords_and_a_description()
    {
        var themes = ReadThemes();

        Assert.InRange(themes.Count, 18, 30);
        Assert.All(themes, t => Assert.NotEmpty(t.Keywords));
        Assert.All(themes, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), t.Slug));
    }

    [Theory]
    [InlineData("The review panel met six times and agreed the overview report and action plan.")]
    [InlineData("That the partnership publishes this review and monitors the action plan.")]
    public void Theme_keywords_are_specific_enough_not_to_tag_ordinary_review_sentences(string sentence)
    {
        Assert.Empty(ThemeTagger.Tag(ReadThemes(), sentence));
    }

    [Theory]
    [InlineData("Officers attended after a 999 call and completed a DASH risk assessment.", "police-response", "risk-assessment")]
    [InlineData("The victim was referred to MARAC but the GP was not told.", "marac", "primary-care")]
    [InlineData("There was evidence of coercive control and economic abuse after separation, and stalking.", "coercive-control", "economic-abuse", "stalking")]
    public void Theme_keywords_find_the_themes_a_sentence_raises(string sentence, params string[] expected)
    {
        Assert.Superset(expected.ToHashSet(), ThemeTagger.Tag(ReadThemes(), sentence).ToHashSet());
    }

    [Fact]
    public void The_shipped_review_reads_without_any_diagnostics()
    {
        var themes = ReadThemes();
        var vocabulary = ReviewVocabulary.From(themes, new AgencyCatalog(ReadAgencies()));
        string path = Repo.Path("input", "reviews", "manchester-2023-05.md");
        var bag = new DiagnosticBag();

        var review = ReviewReader.Read(path, File.ReadAllText(path), vocabulary, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(7, review!.Recommendations.Count);
    }
}
