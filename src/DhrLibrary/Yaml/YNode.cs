namespace DhrLibrary.Yaml;

/// <summary>A YAML node with the position it came from (1-based line and column within the YAML text).</summary>
public abstract record YNode(int Line, int Column);

/// <summary>A scalar; <see cref="IsPlain"/> is false when it was quoted or a block scalar, so `"no"` stays text.</summary>
public sealed record YScalar(string Value, bool IsPlain, int Line, int Column) : YNode(Line, Column)
{
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

public sealed record YSequence(IReadOnlyList<YNode> Items, int Line, int Column) : YNode(Line, Column);

public sealed record YMapping(IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries, int Line, int Column) : YNode(Line, Column)
{
    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
