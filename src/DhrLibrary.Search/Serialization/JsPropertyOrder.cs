namespace DhrLibrary.Search;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys: array indexes (canonical
/// integers up to 2^32 - 2) first in ascending numeric order, then the other keys in insertion order.
/// lunr's objects keyed by term, field or document ref serialize in this order.
/// </summary>
public static class JsPropertyOrder
{
    public static bool IsArrayIndex(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (ulong)(c - '0');
        }

        return value <= 4294967294UL;
    }

    /// <summary>Positions 0..keys.Count-1 (insertion order) rearranged into enumeration order.</summary>
    public static int[] Order(IReadOnlyList<string> keys)
    {
        var order = new int[keys.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var indexes = new List<(uint Value, int Position)>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (IsArrayIndex(keys[i]))
            {
                indexes.Add((uint.Parse(keys[i]), i));
            }
        }

        if (indexes.Count == 0)
        {
            return order;
        }

        indexes.Sort();
        int next = 0;
        foreach (var (_, position) in indexes)
        {
            order[next++] = position;
        }

        for (int i = 0; i < keys.Count; i++)
        {
            if (!IsArrayIndex(keys[i]))
            {
                order[next++] = i;
            }
        }

        return order;
    }
}
