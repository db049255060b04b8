using DhrLibrary.Validation;

namespace DhrLibrary.Cli.Tests.Validation;

// Every number, postcode and date below is synthetic: NHS numbers from the never-issued 999 range, phone
// numbers from Ofcom's ranges reserved for drama, and made-up dates.
public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("NHS number 999 000 0018 was recorded.", PersonalDataKind.NhsNumber, 11)]
    [InlineData("Record 9990000018.", PersonalDataKind.NhsNumber, 7)]
    [InlineData("Record 999-000-0018.", PersonalDataKind.NhsNumber, 7)]
    [InlineData("She lived at SW1A 1AA.", PersonalDataKind.Postcode, 13)]
    [InlineData("Address: M1 1AE, flat 2.", PersonalDataKind.Postcode, 9)]
    [InlineData("Postcode B338TH on file.", PersonalDataKind.Postcode, 9)]
    [InlineData("He was born on 12/03/1980 in a city.", PersonalDataKind.DateOfBirth, 7)]
    [InlineData("She was born 12 March 1980.", PersonalDataKind.DateOfBirth, 8)]
    [InlineData("Born on the 3rd of May 1975.", PersonalDataKind.DateOfBirth, 0)]
    [InlineData("Date of birth: 01-02-1990.", PersonalDataKind.DateOfBirth, 0)]
    [InlineData("Her date of birth was 1 Jan 1985.", PersonalDataKind.DateOfBirth, 4)]
    [InlineData("DOB 4 July 1975", PersonalDataKind.DateOfBirth, 0)]
    [InlineData("Mobile 07700 900123.", PersonalDataKind.PhoneNumber, 7)]
    [InlineData("Mobile 07700900123.", PersonalDataKind.PhoneNumber, 7)]
    [InlineData("Call 020 7946 0000.", PersonalDataKind.PhoneNumber, 5)]
    [InlineData("Call 0161 496 0000.", PersonalDataKind.PhoneNumber, 5)]
    [InlineData("Call +44 7700 900123.", PersonalDataKind.PhoneNumber, 5)]
    [InlineData("Call +44 (0)20 7946 0000.", PersonalDataKind.PhoneNumber, 5)]
    [InlineData("Call (0161) 496 0000.", PersonalDataKind.PhoneNumber, 5)]
    [InlineData("Call 0300 123 4567.", PersonalDataKind.PhoneNumber, 5)]
    public void Finds_Personal_Data_At_Its_Column(string line, PersonalDataKind kind, int index)
    {
        var match = Assert.Single(PersonalDataScanner.Scan(line));

        Assert.Equal(kind, match.Kind);
        Assert.Equal(index, match.Index);
    }

    [Theory]
    [InlineData("NHS number 999 000 0019 fails its check digit.")]
    [InlineData("The helpline is 0808 2000 247, free, 24 hours a day.")]
    [InlineData("Galop: 0800 999 5428.")]
    [InlineData("See https://example.org/reports/9990000018.pdf for the report.")]
    [InlineData("The review was published in March 2023 and the death was in 2019.")]
    [InlineData("Section 9 of the Domestic Violence, Crime and Victims Act 2004.")]
    [InlineData("Between 2017 2018 and 2019 there were 12 contacts.")]
    [InlineData("Agencies did not record her date of birth consistently.")]
    [InlineData("She was born in the area and lived there until 2019.")]
    [InlineData("The MARAC met on 12/03/2019.")]
    [InlineData("A DASH risk assessment scored 14 of 27.")]
    [InlineData("Recommendations 1, 2 and 3 were addressed to the CSP.")]
    public void Leaves_Ordinary_Review_Text_Alone(string line)
    {
        Assert.Empty(PersonalDataScanner.Scan(line));
    }

    [Theory]
    [InlineData("9990000018", true)]
    [InlineData("9434765919", true)]
    [InlineData("9990000019", false)]
    [InlineData("999000001", false)]
    [InlineData("999000001X", false)]
    public void Nhs_Number_Check_Digit_Is_Modulus_11(string digits, bool valid)
    {
        Assert.Equal(valid, NhsNumber.IsValid(digits));
    }
}
