using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DhrLibrary.Import;

/// <summary>
/// Writes YAML scalars by hand so review files stay clean in a diff: plain when that reads back as the same
/// text, double-quoted when it would not, and <c>&gt;-</c> folded blocks for long prose.
/// </summary>
internal static partial class YamlScalar
{
    /// <summary>
    /// A name on one line: plain, or double-quoted when plain YAML would read it differently. Names with commas
    /// are quoted too, so they stay one item if someone moves a list into <c>[a, b]</c> form.
    /// </summary>
    public static string Inline(string value) => NeedsQuotes(value) || value.Contains(',') ? DoubleQuoted(value) : value;

    /// <summary>A sentence on one line: like <see cref="Inline"/>, but commas, safe in block YAML, stay unquoted.</summary>
    public static string Prose(string value) => NeedsQuotes(value) ? DoubleQuoted(value) : value;

    /// <summary>
    /// A <c>&gt;-</c> block wrapped at <paramref name="width"/>, for text that folds back exactly: breaks only at
    /// single spaces, so reading it back joins the lines with the same single space. Text that cannot be
    /// folded exactly (line breaks, edge or doubled spaces, control characters) is double-quoted instead.
    /// </summary>
    public static string Folded(string value, string indent, int width)
    {
        if (value.Length == 0 || value != value.Trim() || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF'))
        {
            return DoubleQuoted(value);
        }

        var sb = new StringBuilder(">-");
        int start = 0;
        while (start < value.Length)
        {
            int end = BreakAt(value, start, width - indent.Length);
            sb.Append('\n').Append(indent).Append(value, start, end - start);
            start = end + 1;
        }

        return sb.ToString();
    }

    // The last single space that ends a line within the width, or the first one after it when a word is longer.
    private static int BreakAt(string value, int start, int width)
    {
        if (value.Length - start <= width)
        {
            return value.Length;
        }

        int fallback = -1;
        for (int i = start + 1; i < value.Length - 1; i++)
        {
            bool single = value[i] == ' ' && value[i - 1] != ' ' && value[i + 1] != ' ';
            if (!single)
            {
                continue;
            }

            if (i - start <= width)
            {
                fallback = i;
            }
            else
            {
                return fallback > 0 ? fallback : i;
            }
        }

        return fallback > 0 ? fallback : value.Length;
    }

    public static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value[0] == '.')
        {
            return true;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':') || value.Contains(" #", StringComparison.Ordinal)
            || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF'))
        {
            return true;
        }

        return ReservedWord().IsMatch(value) || NumberLike().IsMatch(value);
    }

    public static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                case '\u0085': sb.Append("\\N"); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    // YAML 1.1 booleans and nulls, which some readers still turn into true/false/null.
    [GeneratedRegex(@"^(?:y|n|yes|no|true|false|on|off|null|~)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReservedWord();

    // Anything a YAML reader might take for a number, date or time: digits with signs, dots, colons, dashes, exponents.
    [GeneratedRegex(@"^[-+]?(?:\.?[0-9][0-9a-fA-FxXoObB_.:+\-eE ]*|\.(?:inf|nan))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();
}
