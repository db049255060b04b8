namespace DhrLibrary.Search;

/// <summary>
/// A token from the tokenizer, as lunr.Token: the string plus the metadata lunr records for it
/// (<c>position</c> [start, length] and <c>index</c>, both absent for tokens from array fields).
/// </summary>
public sealed record Token(string Str, string FieldName, int? Start, int? Length, int? Index)
{
    public override string ToString() => Str;
}
