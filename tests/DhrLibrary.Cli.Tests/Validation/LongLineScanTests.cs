using DhrLibrary.Content;
using DhrLibrary.Validation;

namespace DhrLibrary.Cli.Tests.Validation;

/// <summary>
/// The personal-data scan and slug allocation stay linear on the long runs a pull request can contain
/// (the benchmark keeps the speed; these keep the answers right on such input).
/// </summary>
public sealed class LongLineScanTests
{
    [Theory]
    [InlineData("DOB", 1_000_000)]
    [InlineData("date of birth", 200_000)]
    [InlineData("12", 200_000)]
    [InlineData("DOB:", 200_000)]
    public void A_Label_Followed_By_A_Long_Run_Of_Spaces_Is_Scanned_Once(string label, int spaces)
    {
        var found = PersonalDataScanner.Scan(label + new string(' ', spaces) + "x");

        Assert.All(found, f => Assert.Equal(0, f.Index));
    }

    [Fact]
    public void A_Date_Of_Birth_After_Spaces_Is_Still_Found()
    {
        var found = PersonalDataScanner.Scan("DOB   :   12/03/1980");

        Assert.Equal(PersonalDataKind.DateOfBirth, Assert.Single(found).Kind);
    }

    [Fact]
    public void A_Hundred_Thousand_Postcodes_On_One_Line_Are_Found_Without_Overlaps()
    {
        string line = string.Join(' ', Enumerable.Repeat("AB1 2DE", 100_000));

        var found = PersonalDataScanner.Scan(line);

        Assert.Equal(100_000, found.Count);
        Assert.All(found, f => Assert.Equal(PersonalDataKind.Postcode, f.Kind));
        Assert.All(found.Zip(found.Skip(1)), pair => Assert.True(pair.First.Index + pair.First.Length <= pair.Second.Index));
    }

    [Fact]
    public void Thousands_Of_Names_With_One_Slug_Get_Distinct_Numbered_Slugs()
    {
        var slugs = new UniqueSlugs(["unlisted-agency", "unlisted-agency-3"]);

        var claimed = Enumerable.Range(0, 4_000).Select(_ => slugs.Claim("unlisted-agency")).ToList();

        Assert.Equal(4_000, claimed.Distinct().Count());
        Assert.Equal("unlisted-agency-2", claimed[0]);
        Assert.Equal("unlisted-agency-4", claimed[1]);
        Assert.DoesNotContain("unlisted-agency-3", claimed);
        Assert.Equal("other", slugs.Claim("other"));
    }
}
