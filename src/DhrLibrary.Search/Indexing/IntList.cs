namespace DhrLibrary.Search;

/// <summary>
/// A list of numbers that is only ever appended to, so its array can be shared rather than copied: an
/// <see cref="Index"/> built earlier keeps reading the first <see cref="Count"/> items, which never change.
/// </summary>
internal sealed class IntList
{
    private int[] _items = new int[1024];

    public int Count { get; private set; }

    /// <summary>The storage: items 0 to <see cref="Count"/> - 1 are the list.</summary>
    public int[] Items => _items;

    public Span<int> AsSpan() => _items.AsSpan(0, Count);

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<int> values)
    {
        if (Count + values.Length > _items.Length)
        {
            Grow(Count + values.Length);
        }

        values.CopyTo(_items.AsSpan(Count));
        Count += values.Length;
    }

    // A new array, so one shared before keeps its items.
    private void Grow(int needed)
    {
        var items = new int[Math.Max(needed, (int)Math.Min(Array.MaxLength, 2L * _items.Length))];
        AsSpan().CopyTo(items);
        _items = items;
    }
}
