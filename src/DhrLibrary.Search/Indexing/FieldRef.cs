namespace DhrLibrary.Search;

/// <summary>lunr.FieldRef: names one field of one document, serialized as <c>fieldName/docRef</c>.</summary>
public readonly record struct FieldRef(string DocRef, string FieldName)
{
    public const char Joiner = '/';

    public static FieldRef FromString(string value)
    {
        int n = value.IndexOf(Joiner);
        if (n < 0)
        {
            throw new FormatException($"malformed field ref string '{value}'");
        }

        return new FieldRef(value[(n + 1)..], value[..n]);
    }

    public override string ToString() => FieldName + Joiner + DocRef;
}
