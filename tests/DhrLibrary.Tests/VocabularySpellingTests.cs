using DhrLibrary.Content;
using DhrLibrary.Diagnostics;

namespace DhrLibrary.Tests;

/// <summary>
/// Statuses and agency kinds are enums in the code and keep the spelling files, templates and data use
/// (<c>in-progress</c>, <c>local-authority</c>): the published site and data must not change with the type.
/// </summary>
public sealed class VocabularySpellingTests
{
    [Fact]
    public void Every_status_keeps_its_file_spelling_in_vocabulary_order()
    {
        Assert.Equal(
            ["unknown", "accepted", "in-progress", "implemented", "partly-implemented", "not-implemented", "not-accepted"],
            RecommendationStatuses.All.Select(s => s.Spelling()));
        Assert.All(RecommendationStatuses.All, s => Assert.True(RecommendationStatuses.TryParse(s.Spelling(), out var back) && back == s));
    }

    [Fact]
    public void Every_agency_kind_keeps_its_file_spelling_in_the_site_order()
    {
        Assert.Equal(
            ["police", "health", "local-authority", "housing", "probation", "partnership", "voluntary", "other"],
            AgencyKinds.All.Select(k => k.Spelling()));
        Assert.All(AgencyKinds.All, k => Assert.True(AgencyKinds.TryParse(k.Spelling(), out var back) && back == k));
    }

    [Theory]
    [InlineData("In-Progress")]
    [InlineData("InProgress")]
    [InlineData("2")]
    public void A_status_is_read_only_in_its_file_spelling(string written) =>
        Assert.False(RecommendationStatuses.TryParse(written, out _));

    [Theory]
    [InlineData("Police")]
    [InlineData("LocalAuthority")]
    [InlineData("0")]
    public void An_agency_kind_is_read_only_in_its_file_spelling(string written) =>
        Assert.False(AgencyKinds.TryParse(written, out _));

    [Fact]
    public void Agencies_yml_kinds_are_read_into_the_enum_and_a_misspelt_one_names_the_allowed_spellings()
    {
        var bag = new DiagnosticBag();
        var agencies = CatalogReader.ReadAgencies("agencies.yml", """
            - name: Northshire Council
              kind: local-authority
            - name: Northshire Police
              kind: Police
            """, bag);

        var read = Assert.Single(agencies);
        Assert.Equal(AgencyKind.LocalAuthority, read.Kind);
        var error = Assert.Single(bag.Items);
        Assert.Equal(4, error.Line);
        Assert.Contains("unknown agency kind 'Police'; use one of police, health, local-authority, housing, probation, partnership, voluntary, other", error.Message);
    }
}
