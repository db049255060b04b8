namespace DhrLibrary.Search;

/// <summary>
/// The builder's cache of pipeline results: token → term number, or -1 when the pipeline drops the token.
/// An open-addressing table looked up by span with the hash <see cref="Tokenizer"/> computes while it scans,
/// so a token seen before costs one probe and one comparison of its characters, and allocates nothing.
/// </summary>
internal sealed class TokenTable
{
    /// <summary>The hash of the empty token; <see cref="Step"/> adds a character (FNV-1a over UTF-16 units).</summary>
    public const uint EmptyHash = 2166136261;

    private int[] _slots = new int[1024]; // entry number + 1; 0 is free
    private int _shift = 32 - 10;
    private uint[] _hashes = new uint[512];
    private string[] _tokens = new string[512];
    private int[] _terms = new int[512];
    private int _count;

    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Hash(ReadOnlySpan<char> token)
    {
        uint hash = EmptyHash;
        foreach (char c in token)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public bool TryGetValue(ReadOnlySpan<char> token, uint hash, out int term)
    {
        int mask = _slots.Length - 1;
        for (int slot = Home(hash); ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0)
            {
                term = 0;
                return false;
            }

            if (_hashes[entry] == hash && token.SequenceEqual(_tokens[entry]))
            {
                term = _terms[entry];
                return true;
            }
        }
    }

    /// <summary>Adds a token that is not in the table.</summary>
    public void Add(string token, uint hash, int term)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _tokens, _count * 2);
            Array.Resize(ref _terms, _count * 2);
            _slots = new int[_slots.Length * 2];
            _shift--;
            for (int entry = 0; entry < _count; entry++)
            {
                Place(entry);
            }
        }

        _hashes[_count] = hash;
        _tokens[_count] = token;
        _terms[_count] = term;
        Place(_count++);
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Array.Clear(_tokens, 0, _count);
        _count = 0;
    }

    private void Place(int entry)
    {
        int mask = _slots.Length - 1;
        int slot = Home(_hashes[entry]);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry + 1;
    }

    // Fibonacci hashing: the top bits of the product spread FNV's weak low bits over the table.
    private int Home(uint hash) => (int)((hash * 2654435769u) >> _shift);
}
