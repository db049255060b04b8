namespace DhrLibrary.Validation;

/// <summary>Something in a line of text that looks like personal data; <see cref="Index"/> is 0-based.</summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, int Index, int Length)
{
    public int End => Index + Length;
}
