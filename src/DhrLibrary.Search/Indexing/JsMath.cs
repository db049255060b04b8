namespace DhrLibrary.Search;

/// <summary>JavaScript's <c>Math</c> functions whose .NET counterparts behave differently.</summary>
public static class JsMath
{
    /// <summary>
    /// <c>Math.round</c>: the nearest integer, halves rounded up (towards +∞), where .NET's
    /// <see cref="Math.Round(double)"/> rounds halves to even.
    /// </summary>
    public static double Round(double x)
    {
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }
}
