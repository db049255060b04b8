using System.Net;

namespace DhrLibrary.Validation;

/// <summary>
/// A small HTML tokenizer that is enough for the pages we generate: it reads start tags and their attributes
/// (quoted or not), skips comments and the text of <c>script</c> and <c>style</c>, and collects link targets
/// (<c>href</c>, <c>src</c>) and fragment targets (<c>id</c>, and <c>name</c> on <c>a</c>).
/// </summary>
public sealed class HtmlLinkScanner
{
    private readonly string _html;
    private readonly List<int> _lineStarts = [0];
    private int _pos;

    private HtmlLinkScanner(string html)
    {
        _html = html;
        for (int i = 0; i < html.Length; i++)
        {
            if (html[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public List<HtmlLink> Links { get; } = [];

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public static HtmlLinkScanner Scan(string html)
    {
        var scanner = new HtmlLinkScanner(html);
        scanner.Run();
        return scanner;
    }

    private void Run()
    {
        while (_pos < _html.Length)
        {
            int lt = _html.IndexOf('<', _pos);
            if (lt < 0)
            {
                return;
            }

            _pos = lt + 1;
            if (At("!--"))
            {
                int end = _html.IndexOf("-->", _pos, StringComparison.Ordinal);
                _pos = end < 0 ? _html.Length : end + 3;
            }
            else if (_pos < _html.Length && char.IsAsciiLetter(_html[_pos]))
            {
                string tag = ReadName().ToLowerInvariant();
                ReadAttributes(tag);
                if (tag is "script" or "style")
                {
                    int end = _html.IndexOf("</" + tag, _pos, StringComparison.OrdinalIgnoreCase);
                    _pos = end < 0 ? _html.Length : end;
                }
            }
        }
    }

    private void ReadAttributes(string tag)
    {
        while (_pos < _html.Length)
        {
            SkipSpace();
            if (_pos >= _html.Length)
            {
                return;
            }

            char c = _html[_pos];
            if (c == '>')
            {
                _pos++;
                return;
            }

            if (c == '/')
            {
                _pos++;
                continue;
            }

            string name = ReadName().ToLowerInvariant();
            if (name.Length == 0)
            {
                _pos++;
                continue;
            }

            SkipSpace();
            if (_pos >= _html.Length || _html[_pos] != '=')
            {
                continue;
            }

            _pos++;
            SkipSpace();
            int valueStart = _pos < _html.Length && _html[_pos] is '"' or '\'' ? _pos + 1 : _pos;
            string value = ReadValue();
            if (name is "href" or "src")
            {
                var (line, column) = Position(valueStart);
                Links.Add(new HtmlLink(WebUtility.HtmlDecode(value), line, column));
            }
            else if (name == "id" || (name == "name" && tag == "a"))
            {
                Ids.Add(WebUtility.HtmlDecode(value));
            }

        }
    }

    private string ReadValue()
    {
        if (_pos < _html.Length && _html[_pos] is '"' or '\'')
        {
            char quote = _html[_pos++];
            int end = _html.IndexOf(quote, _pos);
            end = end < 0 ? _html.Length : end;
            string value = _html[_pos..end];
            _pos = Math.Min(end + 1, _html.Length);
            return value;
        }

        int start = _pos;
        while (_pos < _html.Length && !char.IsWhiteSpace(_html[_pos]) && _html[_pos] != '>')
        {
            _pos++;
        }

        return _html[start.._pos];
    }

    private string ReadName()
    {
        int start = _pos;
        while (_pos < _html.Length && !char.IsWhiteSpace(_html[_pos]) && _html[_pos] is not ('>' or '/' or '=' or '"' or '\''))
        {
            _pos++;
        }

        return _html[start.._pos];
    }

    private void SkipSpace()
    {
        while (_pos < _html.Length && char.IsWhiteSpace(_html[_pos]))
        {
            _pos++;
        }
    }

    private bool At(string text) => string.CompareOrdinal(_html, _pos, text, 0, text.Length) == 0;

    private (int Line, int Column) Position(int index)
    {
        int i = _lineStarts.BinarySearch(index);
        int line = i >= 0 ? i : ~i - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }
}
