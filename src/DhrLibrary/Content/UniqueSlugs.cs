namespace DhrLibrary.Content;

/// <summary>
/// Hands out slugs no one has yet: the base slug, then <c>-2</c>, <c>-3</c>… Remembers the next number for each
/// base, so n names with the same slug cost n steps, not n²/2 (4,000 such agencies took 73 s when each probed from -2).
/// </summary>
public sealed class UniqueSlugs(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Claim(string slug)
    {
        if (_taken.Add(slug))
        {
            return slug;
        }

        int n = _next.GetValueOrDefault(slug, 2);
        string candidate;
        while (!_taken.Add(candidate = $"{slug}-{n}"))
        {
            n++;
        }

        _next[slug] = n + 1;
        return candidate;
    }
}
