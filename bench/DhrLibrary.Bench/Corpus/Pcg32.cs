namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// PCG-XSH-RR 32-bit generator (O'Neill, pcg-random.org). Spelled out here rather than using
/// <see cref="System.Random"/> so a seed gives the same corpus on every runtime version.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private ulong _state;
    private readonly ulong _increment;

    public Pcg32(ulong seed, ulong stream = 54)
    {
        _increment = (stream << 1) | 1UL;
        NextUInt();
        _state += seed;
        NextUInt();
    }

    public uint NextUInt()
    {
        ulong old = _state;
        _state = unchecked(old * Multiplier + _increment);
        uint xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        int rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << (-rotation & 31));
    }

    /// <summary>Uniform in [0, 1) with 53 bits.</summary>
    public double NextDouble() => (((ulong)NextUInt() << 21) ^ NextUInt()) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, bound).</summary>
    public int Next(int bound) => (int)(NextDouble() * bound);

    /// <summary>Uniform integer in [low, high] (both inclusive).</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public double Normal()
    {
        // Box–Muller; one value per call keeps the stream simple to reason about.
        double u = 1.0 - NextDouble();
        double v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    public double LogNormal(double mu, double sigma) => Math.Exp(mu + sigma * Normal());

    /// <summary>Gamma(shape, scale) by Marsaglia and Tsang; shape below 1 uses the boost u^(1/shape).</summary>
    public double Gamma(double shape, double scale)
    {
        if (shape < 1)
        {
            return Gamma(shape + 1, scale) * Math.Pow(NextDouble(), 1.0 / shape);
        }

        double d = shape - 1.0 / 3.0, c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x = Normal(), v = 1.0 + c * x;
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v * scale;
            }
        }
    }

    /// <summary>A sample of <paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indices = Enumerable.Range(0, items.Count).ToArray();
        var result = new List<T>(count);
        for (int i = 0; i < count && i < indices.Length; i++)
        {
            int j = i + Next(indices.Length - i);
            (indices[i], indices[j]) = (indices[j], indices[i]);
            result.Add(items[indices[i]]);
        }

        return result;
    }
}
