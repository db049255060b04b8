using DhrLibrary.Content;

namespace DhrLibrary.Cli.Tests.Validation;

public sealed class AgencySuggestionTests
{
    private static readonly AgencyCatalog Catalog = new(
    [
        new Agency("Northshire Police", "northshire-police", ["NP", "Northshire Constabulary"], AgencyKind.Police),
        new Agency("Riverside Housing Association", "riverside-housing-association", [], AgencyKind.Housing),
        new Agency("Northshire Integrated Care Board", "northshire-integrated-care-board", ["Northshire ICB"], AgencyKind.Health),
        new Agency("Westshire Community Safety Partnership", "westshire-community-safety-partnership", ["Westshire CSP"], AgencyKind.Partnership),
    ]);

    [Theory]
    [InlineData("Northshire Polise", "Northshire Police")]
    [InlineData("Northshire Constabulery", "Northshire Constabulary (Northshire Police)")]
    [InlineData("Riverside Housing", "Riverside Housing Association")]
    [InlineData("Northshire Integrated Care", "Northshire Integrated Care Board")]
    [InlineData("northshire icb.", "Northshire ICB (Northshire Integrated Care Board)")]
    [InlineData("Westshire CSPs", "Westshire CSP (Westshire Community Safety Partnership)")]
    [InlineData("Northshire Polcie", "Northshire Police")]
    public void Suggests_The_Closest_Known_Name_Or_Alias(string written, string suggestion)
    {
        Assert.Equal(suggestion, AgencySuggestion.Closest(Catalog, written));
    }

    [Theory]
    [InlineData("Eastshire Fire and Rescue Service")]
    [InlineData("Probation Service")]
    [InlineData("Eastshire Community Safety Partnership")]
    public void Suggests_Nothing_When_Nothing_Is_Close(string written)
    {
        Assert.Null(AgencySuggestion.Closest(Catalog, written));
    }
}
