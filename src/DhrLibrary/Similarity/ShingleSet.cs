namespace DhrLibrary.Similarity;

/// <summary>
/// A recommendation's text as a sorted set of hashed word 3-shingles, after lower-casing, dropping stop words
/// and a plural 's', so "reviews the policies" and "review its policy" share shingles.
/// </summary>
public static class ShingleSet
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "into", "is",
        "it", "its", "of", "on", "or", "should", "so", "such", "that", "the", "their", "them", "these", "they",
        "this", "those", "to", "was", "were", "which", "who", "will", "with", "within", "all", "any", "ensure",
        "ensures", "must", "would", "can", "also", "there", "where", "when", "how", "what", "our", "we", "us",
    };

    private static readonly HashSet<ulong> StopHashes = [.. StopWords.Select(w => Fnv1a(w))];

    /// <summary>Distinct hashed 3-shingles in ascending order; empty when the text has fewer than three words.</summary>
    public static ulong[] Of(string text)
    {
        // One pass, no strings: each word is hashed as it is read (lower-cased), and so is the word less its last letter.
        var hashes = new List<ulong>(64);
        ulong hash = Offset, withoutLast = Offset;
        int length = 0;
        char last = '\0', beforeLast = '\0';
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                c = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
                withoutLast = hash;
                hash = (hash ^ c) * Prime;
                beforeLast = last;
                last = c;
                length++;
                continue;
            }

            if (length > 0 && !StopHashes.Contains(hash))
            {
                hashes.Add(length > 3 && last == 's' && beforeLast != 's' ? withoutLast : hash);
            }

            hash = withoutLast = Offset;
            length = 0;
            last = beforeLast = '\0';
        }

        if (hashes.Count < 3)
        {
            return [];
        }

        var shingles = new ulong[hashes.Count - 2];
        for (int i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Mix(hashes[i] + ulong.RotateLeft(hashes[i + 1], 21) * 0x9E3779B97F4A7C15UL + ulong.RotateLeft(hashes[i + 2], 42));
        }

        Array.Sort(shingles);
        int n = 0;
        for (int i = 0; i < shingles.Length; i++)
        {
            if (n == 0 || shingles[i] != shingles[n - 1])
            {
                shingles[n++] = shingles[i];
            }
        }

        return n == shingles.Length ? shingles : shingles[..n];
    }

    /// <summary>Exact Jaccard similarity of two sorted distinct sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>SplitMix64's finaliser: a fixed, well-spread 64-bit mix (deterministic across runs and machines).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private const ulong Offset = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    private static ulong Fnv1a(string word)
    {
        ulong hash = Offset;
        foreach (char c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
