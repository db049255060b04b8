using System.Buffers;

namespace DhrLibrary.Search;

/// <summary>lunr.tokenizer: lower-cases and splits on <c>lunr.tokenizer.separator</c> (<c>/[\s\-]+/</c>).</summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        "-\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    // The separators up to '-': tab to carriage return, space and hyphen, as bits of a mask.
    private const ulong AsciiSeparators = (1UL << '\t') | (1UL << '\n') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r')
        | (1UL << ' ') | (1UL << '-');

    /// <summary>True when lunr splits tokens at <paramref name="c"/>.</summary>
    public static bool IsSeparator(char c) =>
        c <= '-' ? ((AsciiSeparators >> c) & 1) != 0 : c >= '\u00A0' && Separators.Contains(c);

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

    /// <summary>
    /// Scans character by character (tokens are short, so this beats searching for the next separator), and
    /// hashes each token on the way for the builder's <see cref="TokenTable"/>.
    /// </summary>
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

        /// <summary>The <see cref="TokenTable.Hash(ReadOnlySpan{char})"/> of the current token.</summary>
        internal uint CurrentHash { get; private set; }

        public readonly SpanEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            int i = _next;
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                _next = i;
                return false;
            }

            int start = i;
            uint hash = TokenTable.EmptyHash;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c))
                {
                    break;
                }

                hash = TokenTable.Step(hash, c);
            }

            Current = (start, i - start);
            CurrentHash = hash;
            _next = i;
            return true;
        }
    }
}
