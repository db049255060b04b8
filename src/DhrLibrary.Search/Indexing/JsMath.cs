namespace DhrLibrary.Search;

/// <summary>
/// <c>Math.log</c> and <c>Math.round</c> as V8 computes them. lunr rounds scores computed from a logarithm,
/// so they must agree to the last bit: V8's <c>Math.log</c> is fdlibm's <c>__ieee754_log</c>, while the C
/// runtime behind <see cref="Math.Log(double)"/> may differ from it in the last bit.
/// </summary>
public static class JsMath
{
    private static readonly double Ln2Hi = FromBits(0x3FE62E42_FEE00000);
    private static readonly double Ln2Lo = FromBits(0x3DEA39EF_35793C76);
    private static readonly double Two54 = FromBits(0x43500000_00000000);
    private static readonly double Lg1 = FromBits(0x3FE55555_55555593);
    private static readonly double Lg2 = FromBits(0x3FD99999_9997FA04);
    private static readonly double Lg3 = FromBits(0x3FD24924_94229359);
    private static readonly double Lg4 = FromBits(0x3FCC71C5_1D8E78AF);
    private static readonly double Lg5 = FromBits(0x3FC74664_96CB03DE);
    private static readonly double Lg6 = FromBits(0x3FC39A09_D078C69F);
    private static readonly double Lg7 = FromBits(0x3FC2F112_DF3E5244);

    /// <summary><c>Math.round</c>: the nearest integer, halves rounded up (towards +∞).</summary>
    public static double Round(double x)
    {
        double floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary><c>Math.log</c>: fdlibm's <c>__ieee754_log</c>.</summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        uint lx = (uint)bits;
        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2**-1022
            if (((hx & 0x7fffffff) | (int)lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            // subnormal: scale up
            k -= 54;
            x *= Two54;
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }

        if (hx >= 0x7ff00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // -2**-20 <= f < 2**-20
            if (f == 0)
            {
                if (k == 0)
                {
                    return 0;
                }

                dk = k;
                return dk * Ln2Hi + dk * Ln2Lo;
            }

            r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return dk * Ln2Hi - ((r - dk * Ln2Lo) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - s * (hfsq + r));
            }

            return dk * Ln2Hi - ((hfsq - (s * (hfsq + r) + dk * Ln2Lo)) - f);
        }

        if (k == 0)
        {
            return f - s * (f - r);
        }

        return dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }

    private static double FromBits(ulong bits) => BitConverter.Int64BitsToDouble((long)bits);

    private static double WithHighWord(double x, int high)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return BitConverter.Int64BitsToDouble(((long)high << 32) | (bits & 0xFFFFFFFFL));
    }
}
