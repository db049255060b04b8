namespace DhrLibrary.Yaml;

/// <summary>
/// Measures how deeply YAML nests before any parser sees it: YamlDotNet (and our readers) recurse once per level
/// and overflow the stack at about 11,000, which ends the process. Counted in one pass: block levels by the
/// indentation stack (each <c>- </c> indicator opens one), flow levels by brackets outside quotes.
/// </summary>
public static class YamlDepth
{
    /// <summary>Deepest nesting of lists and mappings in front matter or a catalog (<c>ContentLimits.MaxYamlDepth</c>).</summary>
    public const int MaxDepth = 32;

    /// <summary>Throws <see cref="YamlSyntaxException"/> at the first place nesting goes deeper than <paramref name="limit"/>.</summary>
    public static void Check(string yaml, int limit)
    {
        var indents = new Stack<int>();
        int flow = 0, line = 1;
        foreach (var raw in yaml.Split('\n'))
        {
            string text = raw.TrimEnd('\r');
            int i = 0;
            if (flow == 0)
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i < text.Length && text[i] != '#')
                {
                    while (indents.Count > 0 && indents.Peek() >= i)
                    {
                        indents.Pop();
                    }

                    indents.Push(i);
                    // Each "- " (or "? ") opens one more level on the same line.
                    while (i + 1 < text.Length && text[i] is '-' or '?' && text[i + 1] == ' ')
                    {
                        i += 2;
                        while (i < text.Length && text[i] == ' ')
                        {
                            i++;
                        }

                        indents.Push(i);
                        Fail(indents.Count, limit, line, i + 1);
                    }
                }
            }

            flow = ScanFlow(text, i, flow, limit, indents.Count, line);
            Fail(indents.Count, limit, line, i + 1);
            line++;
        }
    }

    /// <summary>Follows flow brackets along one line; a bracket opens flow only where a value starts.</summary>
    private static int ScanFlow(string text, int start, int flow, int limit, int block, int line)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '#' && (i == 0 || text[i - 1] == ' '))
            {
                break;
            }

            if (flow == 0)
            {
                // Outside flow, only "[" or "{" at the start of a value opens it ("key: [", "- {", or the line start).
                if (c is '[' or '{' && (i == start || (i >= 2 && text[i - 1] == ' ' && text[i - 2] is ':' or '-')))
                {
                    flow = 1;
                    Fail(block + flow, limit, line, i + 1);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                i = SkipQuoted(text, i);
            }
            else if (c is '[' or '{')
            {
                flow++;
                Fail(block + flow, limit, line, i + 1);
            }
            else if (c is ']' or '}')
            {
                flow--;
            }
        }

        return Math.Max(flow, 0);
    }

    private static int SkipQuoted(string text, int open)
    {
        char quote = text[open];
        for (int i = open + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }

    private static void Fail(int depth, int limit, int line, int column)
    {
        if (depth > limit)
        {
            throw new YamlSyntaxException($"nested more than {limit} levels deep; the limit is {limit} (see 'Limits' in docs/content-model.md)", line, column);
        }
    }
}
