using System.Globalization;
using System.Text;

namespace DhrLibrary.Yaml;

/// <summary>
/// A fast reader for the plain YAML that review files are made of: block mappings and sequences, flow lists
/// of scalars on one line, plain and quoted one-line scalars, and folded or literal block scalars. It gives
/// exactly the nodes and positions YamlDotNet gives, and declines (returns false) at anything else — comments
/// in odd places, multi-line plain scalars, anchors, duplicate keys, escapes it does not know — so the caller
/// falls back to YamlDotNet, which reads the full language and reports the errors. Reading front matter is the
/// largest part of loading a library, and YamlDotNet takes 1.6–2.5× as long over the 2,000 reviews of the bench
/// corpus (436 against 1,099 ms, and 1,168 against 1,864 ms on a loaded machine; `dhr-bench yaml`, bench/RESULTS.md),
/// which is why this hand-written reader stays.
/// </summary>
internal sealed class PlainYamlReader
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines = [];
    private readonly int[] _indent;
    private int _line;

    private PlainYamlReader(string text)
    {
        _text = text;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length)
                {
                    _lines.Add((start, text.Length));
                }

                break;
            }

            _lines.Add((start, end));
            start = end + 1;
        }

        _indent = new int[_lines.Count];
        for (int i = 0; i < _lines.Count; i++)
        {
            int p = _lines[i].Start;
            while (p < _lines[i].End && text[p] == ' ')
            {
                p++;
            }

            _indent[i] = p - _lines[i].Start;
        }
    }

    /// <summary>Reads <paramref name="yaml"/> if it is in the plain subset; false means "use the full reader".</summary>
    public static bool TryRead(string yaml, out YNode? node)
    {
        node = null;
        if (yaml.Contains('\r') || yaml.Contains('\t'))
        {
            return false;
        }

        var reader = new PlainYamlReader(yaml);
        try
        {
            reader.SkipInsignificant();
            if (reader._line >= reader._lines.Count)
            {
                return false;
            }

            if (reader._indent[reader._line] != 0)
            {
                return false;
            }

            node = reader.ReadBlock(0);
            reader.SkipInsignificant();
            return node is not null && reader._line >= reader._lines.Count;
        }
        catch (Decline)
        {
            node = null;
            return false;
        }
    }

    private int LineStart(int line) => _lines[line].Start + _indent[line];

    private string Content(int line) => _text[LineStart(line).._lines[line].End];

    private bool IsInsignificant(int line)
    {
        int p = LineStart(line);
        return p >= _lines[line].End || _text[p] == '#';
    }

    private void SkipInsignificant()
    {
        while (_line < _lines.Count && IsInsignificant(_line))
        {
            _line++;
        }
    }

    private static bool IsSequenceItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    private YNode ReadBlock(int indent)
    {
        return IsSequenceItem(Content(_line)) ? ReadSequence(indent) : ReadMapping(indent);
    }

    private YMapping ReadMapping(int indent)
    {
        int mapLine = _line + 1, mapColumn = indent + 1;
        var entries = new List<KeyValuePair<YScalar, YNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipInsignificant();
            if (_line >= _lines.Count || _indent[_line] < indent)
            {
                break;
            }

            if (_indent[_line] > indent)
            {
                throw new Decline();
            }

            string content = Content(_line);
            if (IsSequenceItem(content))
            {
                break;
            }

            int colon = KeyEnd(content);
            string key = content[..colon];
            if (!keys.Add(key))
            {
                throw new Decline();
            }

            var keyNode = new YScalar(key, true, _line + 1, indent + 1);
            int valueOffset = colon + 1;
            while (valueOffset < content.Length && content[valueOffset] == ' ')
            {
                valueOffset++;
            }

            YNode value;
            if (valueOffset >= content.Length || content[valueOffset] == '#')
            {
                if (valueOffset < content.Length && content[valueOffset - 1] != ' ')
                {
                    throw new Decline();
                }

                int keyLine = _line;
                _line++;
                SkipInsignificant();
                if (_line < _lines.Count && _indent[_line] > indent)
                {
                    value = ReadBlock(_indent[_line]);
                }
                else if (_line < _lines.Count && _indent[_line] == indent && IsSequenceItem(Content(_line)))
                {
                    value = ReadSequence(indent);
                }
                else
                {
                    _line = keyLine;
                    throw new Decline();
                }
            }
            else
            {
                value = ReadInlineValue(content, valueOffset, indent);
            }

            entries.Add(new(keyNode, value));
        }

        return new YMapping(entries, mapLine, mapColumn);
    }

    private YSequence ReadSequence(int indent)
    {
        int seqLine = _line + 1, seqColumn = indent + 1;
        var items = new List<YNode>();
        while (true)
        {
            SkipInsignificant();
            if (_line >= _lines.Count || _indent[_line] < indent)
            {
                break;
            }

            string content = Content(_line);
            if (_indent[_line] > indent || !IsSequenceItem(content))
            {
                if (_indent[_line] == indent)
                {
                    break;
                }

                throw new Decline();
            }

            if (content.Length == 1)
            {
                throw new Decline();
            }

            int offset = 2;
            while (offset < content.Length && content[offset] == ' ')
            {
                offset++;
            }

            if (offset >= content.Length || content[offset] == '#' || content[offset] == '-')
            {
                throw new Decline();
            }

            string rest = content[offset..];
            if (LooksLikeKey(rest))
            {
                // "- key: value": a mapping whose keys line up with the first one.
                _indent[_line] = indent + offset;
                items.Add(ReadMapping(indent + offset));
            }
            else
            {
                items.Add(ReadInlineValue(content, offset, indent));
            }
        }

        return new YSequence(items, seqLine, seqColumn);
    }

    private static bool LooksLikeKey(string content)
    {
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == ':')
            {
                return i > 0 && (i + 1 == content.Length || content[i + 1] == ' ');
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    private static int KeyEnd(string content)
    {
        if (!LooksLikeKey(content) || content[0] == '-')
        {
            throw new Decline();
        }

        return content.IndexOf(':');
    }

    /// <summary>A value that starts on the current line (after a key or a "- "); moves past the lines it uses.</summary>
    private YNode ReadInlineValue(string content, int offset, int parentIndent)
    {
        int line = _line + 1;
        int column = _indent[_line] + offset + 1;
        char first = content[offset];
        switch (first)
        {
            case '>' or '|':
                return ReadBlockScalar(content, offset, parentIndent);
            case '[':
                {
                    var seq = ReadFlowSequence(content, offset, out int end);
                    EnsureOnlyComment(content, end);
                    _line++;
                    return seq;
                }

            case '"' or '\'':
                {
                    var scalar = ReadQuoted(content, offset, line, column, out int end);
                    EnsureOnlyComment(content, end);
                    _line++;
                    EnsureNoContinuation(parentIndent);
                    return scalar;
                }

            case '{' or ']' or '}' or ',' or '&' or '*' or '!' or '%' or '@' or '`' or '?' or '#':
                throw new Decline();
        }

        int stop = content.IndexOf(" #", offset, StringComparison.Ordinal);
        string value = (stop < 0 ? content[offset..] : content[offset..stop]).TrimEnd(' ');
        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':') || (first == '-' && value.Length > 1 && value[1] == ' '))
        {
            throw new Decline();
        }

        _line++;
        EnsureNoContinuation(parentIndent);
        return new YScalar(value, true, line, column);
    }

    // A plain or quoted scalar may continue on more-indented lines; that is rare in review files, so decline.
    private void EnsureNoContinuation(int parentIndent)
    {
        int next = _line;
        while (next < _lines.Count && LineStart(next) >= _lines[next].End)
        {
            next++;
        }

        if (next < _lines.Count && _indent[next] > parentIndent)
        {
            throw new Decline();
        }
    }

    private void EnsureOnlyComment(string content, int end)
    {
        int p = end;
        while (p < content.Length && content[p] == ' ')
        {
            p++;
        }

        if (p < content.Length && !(content[p] == '#' && p > end))
        {
            throw new Decline();
        }
    }

    private YSequence ReadFlowSequence(string content, int offset, out int end)
    {
        int line = _line + 1;
        int baseColumn = _indent[_line] + 1;
        var items = new List<YNode>();
        int p = offset + 1;
        while (true)
        {
            while (p < content.Length && content[p] == ' ')
            {
                p++;
            }

            if (p >= content.Length)
            {
                throw new Decline();
            }

            if (content[p] == ']' && items.Count == 0)
            {
                end = p + 1;
                return new YSequence(items, line, baseColumn + offset);
            }

            char c = content[p];
            if (c is '"' or '\'')
            {
                items.Add(ReadQuoted(content, p, line, baseColumn + p, out p));
            }
            else if (c is '[' or '{' or ']' or ',' or '&' or '*' or '!' or '%' or '@' or '`' or '?' or '#' or '|' or '>' or '-' && (p + 1 >= content.Length || content[p + 1] is ' ' or ',' or ']'))
            {
                throw new Decline();
            }
            else
            {
                if (c is '[' or '{' or ']' or ',' or '&' or '*' or '!' or '%' or '@' or '`' or '?' or '#' or '|' or '>')
                {
                    throw new Decline();
                }

                int start = p;
                while (p < content.Length && content[p] is not (',' or ']'))
                {
                    if (content[p] is ':' or '#' or '[' or '{' or '}' or '"')
                    {
                        throw new Decline();
                    }

                    p++;
                }

                string value = content[start..p].TrimEnd(' ');
                if (value.Length == 0)
                {
                    throw new Decline();
                }

                items.Add(new YScalar(value, true, line, baseColumn + start));
            }

            while (p < content.Length && content[p] == ' ')
            {
                p++;
            }

            if (p >= content.Length)
            {
                throw new Decline();
            }

            if (content[p] == ']')
            {
                end = p + 1;
                return new YSequence(items, line, baseColumn + offset);
            }

            if (content[p] != ',')
            {
                throw new Decline();
            }

            p++;
        }
    }

    private static YScalar ReadQuoted(string content, int offset, int line, int column, out int end)
    {
        char quote = content[offset];
        var sb = new StringBuilder();
        int p = offset + 1;
        while (true)
        {
            if (p >= content.Length)
            {
                throw new Decline();
            }

            char c = content[p];
            if (c == quote)
            {
                if (quote == '\'' && p + 1 < content.Length && content[p + 1] == '\'')
                {
                    sb.Append('\'');
                    p += 2;
                    continue;
                }

                end = p + 1;
                return new YScalar(sb.ToString(), false, line, column);
            }

            if (quote == '"' && c == '\\')
            {
                if (p + 1 >= content.Length)
                {
                    throw new Decline();
                }

                char e = content[p + 1];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u' when p + 5 < content.Length
                        && int.TryParse(content.AsSpan(p + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
                        && !char.IsSurrogate((char)code):
                        sb.Append((char)code);
                        p += 4;
                        break;
                    default:
                        throw new Decline();
                }

                p += 2;
                continue;
            }

            sb.Append(c);
            p++;
        }
    }

    private YScalar ReadBlockScalar(string content, int offset, int parentIndent)
    {
        int line = _line + 1;
        int column = _indent[_line] + offset + 1;
        char style = content[offset];
        int p = offset + 1;
        bool strip = false;
        if (p < content.Length && content[p] == '-')
        {
            strip = true;
            p++;
        }

        EnsureOnlyComment(content, p);
        _line++;

        // The content lines: blank, or indented deeper than the parent, all at one indentation.
        int contentIndent = -1;
        var lines = new List<string?>();
        while (_line < _lines.Count)
        {
            bool blank = LineStart(_line) >= _lines[_line].End;
            if (blank)
            {
                if (_lines[_line].End - _lines[_line].Start > 0 && contentIndent >= 0 && _indent[_line] > contentIndent)
                {
                    throw new Decline();
                }

                lines.Add(null);
                _line++;
                continue;
            }

            if (_indent[_line] <= parentIndent)
            {
                break;
            }

            if (contentIndent < 0)
            {
                if (lines.Count > 0)
                {
                    throw new Decline();
                }

                contentIndent = _indent[_line];
            }
            else if (_indent[_line] != contentIndent)
            {
                throw new Decline();
            }

            lines.Add(Content(_line));
            _line++;
        }

        // Trailing blank lines belong to the chomping, not the text.
        while (lines.Count > 0 && lines[^1] is null)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            throw new Decline();
        }

        var sb = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            string? text = lines[i];
            if (i > 0)
            {
                if (style == '|')
                {
                    sb.Append('\n');
                }
                else if (text is not null && lines[i - 1] is not null)
                {
                    sb.Append(' ');
                }
                else if (text is null)
                {
                    sb.Append('\n');
                }
            }

            sb.Append(text);
        }

        if (!strip)
        {
            sb.Append('\n');
        }

        return new YScalar(sb.ToString(), false, line, column);
    }

    private sealed class Decline : Exception;
}
