namespace DhrLibrary.Content;

/// <summary>
/// How deeply a Markdown body nests block quotes and lists, measured line by line before Markdig sees it:
/// Markdig stops with an exception at 128 levels and takes seconds per thousand before that (2,000 nested
/// list levels took 18 s). A level is a <c>&gt;</c> or list marker at the start of a line, or two columns of
/// indentation in front of it.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>The first (line, column) where nesting exceeds <paramref name="limit"/>, 1-based from the body's first line; null when none does.</summary>
    public static (int Line, int Column)? FirstTooDeep(string markdown, int limit)
    {
        int line = 1;
        int start = 0;
        while (start <= markdown.Length)
        {
            int end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            if (Depth(markdown.AsSpan(start, end - start), limit) is int column)
            {
                return (line, column);
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>The column where this line goes deeper than the limit, or null.</summary>
    private static int? Depth(ReadOnlySpan<char> text, int limit)
    {
        int depth = 0, i = 0, indent = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                indent++;
                if (indent == 2)
                {
                    depth++;
                    indent = 0;
                }

                i++;
            }
            else if (c == '>')
            {
                depth++;
                indent = 0;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                depth++;
                indent = 0;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarker(text[i..]) is int length and > 0)
            {
                depth++;
                indent = 0;
                i += length;
            }
            else
            {
                break;
            }

            if (depth > limit)
            {
                return i;
            }
        }

        return null;
    }

    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && i < 9 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] == ' ' ? i + 2 : 0;
    }
}
