namespace DhrLibrary.Content;

/// <summary>Resolves the agency names written in reviews (names or aliases, any case) to canonical agencies.</summary>
public sealed class AgencyCatalog
{
    private readonly Dictionary<string, Agency> _byName = new(StringComparer.OrdinalIgnoreCase);

    public AgencyCatalog(IEnumerable<Agency> agencies)
    {
        Agencies = [.. agencies];
        foreach (var agency in Agencies)
        {
            _byName.TryAdd(Normalise(agency.Name), agency);
            foreach (var alias in agency.Aliases)
            {
                _byName.TryAdd(Normalise(alias), agency);
            }
        }
    }

    public static AgencyCatalog Empty { get; } = new([]);

    public IReadOnlyList<Agency> Agencies { get; }

    public bool TryResolve(string name, out Agency agency) => _byName.TryGetValue(Normalise(name), out agency!);

    /// <summary>The canonical name for a written name, or the name as written (trimmed) when unknown.</summary>
    public string CanonicalName(string name) => TryResolve(name, out var agency) ? agency.Name : Normalise(name);

    /// <summary>The closest known name or alias, for "did you mean" hints; null when nothing is close.</summary>
    public string? Closest(string name)
    {
        string target = Normalise(name).ToLowerInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in _byName.Keys)
        {
            int d = Levenshtein(target, candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(3, target.Length / 3) ? _byName[best].Name == best ? best : $"{best} ({_byName[best].Name})" : null;
    }

    // Curly apostrophes and runs of spaces differ between sources of the same name.
    private static string Normalise(string name) =>
        string.Join(' ', name.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
