namespace DhrLibrary.Validation;

public enum PersonalDataKind
{
    NhsNumber,
    DateOfBirth,
    PhoneNumber,
    Postcode,
}
