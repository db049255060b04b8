using System.Text;

namespace DhrLibrary.Import;

/// <summary>Whitespace clean-up for text copied from the published pages.</summary>
internal static class CleanText
{
    /// <summary>
    /// Trims and collapses runs of spaces, tabs and other control or line-separator characters into one
    /// space. YAML rejects tabs and most control characters and reads U+2028/U+2029 as line breaks, so
    /// leaving them in would change the text on its way through a review file.
    /// </summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c == ' ' || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>LF line endings, whatever the file used (CRLF from Windows, lone CR from old editors).</summary>
    public static string NormaliseLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
