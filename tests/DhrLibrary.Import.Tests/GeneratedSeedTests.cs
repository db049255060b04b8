namespace DhrLibrary.Import.Tests;

/// <summary>Seeds written by the benchmark's corpus generator, a second writer of the format, import cleanly.</summary>
public sealed class GeneratedSeedTests : IDisposable
{
    private readonly TestLibrary _library = new();

    public void Dispose() => _library.Dispose();

    [Fact]
    public void Generated_seeds_import_without_errors_and_every_recommendation_row_is_kept()
    {
        var result = _library.Import(false, Repo.Seed("generated"));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => !d.Message.Contains("unknown agency", StringComparison.Ordinal));
        Assert.Equal(["rochford-2015-01", "west-sussex-2022-10", "westmorland-and-furness-2012-10"], result.Written.Select(w => w.Slug));
        Assert.Equal(17, _library.ReadRecommendationsAllowingUnknownAgencies("west-sussex-2022-10").Count);
    }

    [Fact]
    public void Generated_aliases_resolve_to_canonical_names()
    {
        _library.Import(false, Repo.Seed("generated"));

        var recommendation3 = _library.ReadRecommendationsAllowingUnknownAgencies("west-sussex-2022-10")[2];

        Assert.Equal(["Derbyshire Safeguarding Adults Board", "Department of Health and Social Care"], recommendation3.AddressedTo);
    }
}
