using System.Buffers;

namespace DhrLibrary.Search;

/// <summary>lunr.tokenizer: lower-cases and splits on <c>lunr.tokenizer.separator</c> (<c>/[\s\-]+/</c>).</summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        "-\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>True when lunr splits tokens at <paramref name="c"/>.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>Tokens of a string field; null gives none.</summary>
    public static IReadOnlyList<Token> Tokenize(string? text, string fieldName)
    {
        if (text is null)
        {
            return [];
        }

        string lower = JsString.ToLowerCase(text);
        var tokens = new List<Token>();
        foreach (var (start, length) in Split(lower))
        {
            tokens.Add(new Token(lower.Substring(start, length), fieldName, start, length, tokens.Count));
        }

        return tokens;
    }

    /// <summary>Tokens of an array field: one per element, lower-cased but not split, without position or index.</summary>
    public static IReadOnlyList<Token> Tokenize(IEnumerable<string?> values, string fieldName)
    {
        return values.Select(v => new Token(JsString.ToLowerCase(v ?? ""), fieldName, null, null, null)).ToList();
    }

    /// <summary>The [start, length] of each token of an already lower-cased string, without allocating.</summary>
    public static SpanEnumerator Split(ReadOnlySpan<char> lowerCased) => new(lowerCased);

    public ref struct SpanEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        internal SpanEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _next = 0;
            Current = default;
        }

        public (int Start, int Length) Current { get; private set; }

        public readonly SpanEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next <= _text.Length)
            {
                int start = _next;
                int offset = _text[start..].IndexOfAny(Separators);
                int end = offset < 0 ? _text.Length : start + offset;
                _next = end + 1;
                if (end > start)
                {
                    Current = (start, end - start);
                    return true;
                }
            }

            return false;
        }
    }
}
