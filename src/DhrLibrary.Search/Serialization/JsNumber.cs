using System.Globalization;
using System.Text;

namespace DhrLibrary.Search;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c> (and so <c>JSON.stringify</c>) for doubles: the shortest
/// digits that round-trip, laid out by ECMA-262 Number::toString (plain up to 1e21, exponent below 1e-6).
/// </summary>
public static class JsNumber
{
    public static string ToString(double value)
    {
        var builder = new StringBuilder(24);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>As <c>JSON.stringify</c>: NaN and infinities become <c>null</c>.</summary>
    public static void AppendJson(StringBuilder output, double value)
    {
        if (!double.IsFinite(value))
        {
            output.Append("null");
            return;
        }

        Append(output, value);
    }

    public static void Append(StringBuilder output, double value)
    {
        if (double.IsNaN(value))
        {
            output.Append("NaN");
            return;
        }

        if (double.IsInfinity(value))
        {
            output.Append(value > 0 ? "Infinity" : "-Infinity");
            return;
        }

        if (value == 0)
        {
            output.Append('0'); // also -0
            return;
        }

        if (TryAppendThousandths(output, value))
        {
            return;
        }

        if (value < 0)
        {
            output.Append('-');
            value = -value;
        }

        // .NET's "R" gives the shortest round-trip digits; only the layout differs from JavaScript.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        string mantissa = e < 0 ? r : r[..e];
        int exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int pointPosition = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        AppendLayout(output, digits, pointPosition);
    }

    // ECMA-262 Number::toString with digits s (k of them) and decimal point position n.
    private static void AppendLayout(StringBuilder output, string s, int n)
    {
        int k = s.Length;
        if (k <= n && n <= 21)
        {
            output.Append(s).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            output.Append(s, 0, n).Append('.').Append(s, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            output.Append("0.").Append('0', -n).Append(s);
        }
        else
        {
            output.Append(s[0]);
            if (k > 1)
            {
                output.Append('.').Append(s, 1, k - 1);
            }

            int exponent = n - 1;
            output.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
    }

    // Fast path for lunr's scores, which are whole thousandths: when value == k / 1000 exactly and is
    // small, the decimal k/1000 is the unique shortest round-trip form.
    private static bool TryAppendThousandths(StringBuilder output, double value)
    {
        if (!(Math.Abs(value) < 1e9))
        {
            return false;
        }

        double scaled = Math.Round(value * 1000);
        if (scaled / 1000 != value)
        {
            return false;
        }

        long thousandths = (long)scaled;
        if (thousandths < 0)
        {
            output.Append('-');
            thousandths = -thousandths;
        }

        long whole = thousandths / 1000;
        long fraction = thousandths % 1000;
        output.Append(whole);
        if (fraction != 0)
        {
            output.Append('.');
            if (fraction < 100)
            {
                output.Append('0');
            }

            if (fraction < 10)
            {
                output.Append('0');
            }

            while (fraction % 10 == 0)
            {
                fraction /= 10;
            }

            output.Append(fraction);
        }

        return true;
    }
}
