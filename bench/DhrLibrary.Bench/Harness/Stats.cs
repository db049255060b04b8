namespace DhrLibrary.Bench.Harness;

/// <summary>Median, range and percentiles of a handful of measurements.</summary>
public static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Linear interpolation between closest ranks (as numpy's default).</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double rank = percent / 100.0 * (sorted.Length - 1);
        int low = (int)Math.Floor(rank), high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /// <summary>"median (min–max)" with the given format.</summary>
    public static string Range(IReadOnlyCollection<double> values, string format) =>
        values.Count == 0 ? "–"
        : values.Count == 1 ? values.First().ToString(format)
        : $"{Median(values).ToString(format)} ({values.Min().ToString(format)}–{values.Max().ToString(format)})";
}
