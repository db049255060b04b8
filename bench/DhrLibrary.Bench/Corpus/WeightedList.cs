namespace DhrLibrary.Bench.Corpus;

/// <summary>Items drawn with fixed weights (cumulative table and binary search).</summary>
public sealed class WeightedList<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedList(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.ToList();
        _items = [.. list.Select(e => e.Item)];
        _cumulative = new double[list.Count];
        double sum = 0;
        for (int i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>Zipf-like weights 1/(rank + offset)^exponent: the head is common, the tail rare.</summary>
    public static WeightedList<T> Zipf(IEnumerable<T> items, double exponent = 0.9, double offset = 2.0) =>
        new(items.Select((item, rank) => (item, 1.0 / Math.Pow(rank + offset, exponent))));

    public T Draw(Pcg32 rng)
    {
        double target = rng.NextDouble() * _cumulative[^1];
        int i = Array.BinarySearch(_cumulative, target);
        i = i < 0 ? ~i : i + 1;
        return _items[Math.Min(i, _items.Length - 1)];
    }
}
