namespace DhrLibrary.Content;

/// <summary>
/// The "did you mean" for an unknown agency: a known name or alias within a typo or two ("Northshire Polise"),
/// else one that holds every distinctive word of the written name ("Riverside Housing" → "Riverside Housing
/// Association"). A name that differs in its distinctive word ("Eastshire Community Safety Partnership")
/// gets no suggestion rather than another place's partnership.
/// </summary>
public static class AgencySuggestion
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "for", "&", "service", "services", "council", "trust", "team", "police", "nhs",
        "partnership", "community", "safety", "board", "county", "city", "borough", "district", "foundation",
    };

    /// <summary>Returns e.g. <c>GMP (Greater Manchester Police)</c>, or null when nothing is close.</summary>
    public static string? Closest(AgencyCatalog catalog, string name)
    {
        var written = Words(name.ToLowerInvariant()).ToArray();
        var labels = catalog.Agencies.SelectMany(a => a.Aliases.Prepend(a.Name).Select(label => (Agency: a, Label: label))).ToList();

        // A typo: the same words, each within an edit or two ("Polise", "Constabulery"), but not another place.
        var typo = labels
            .Select(l => (l.Agency, l.Label, Distance: WordDistance(written, Words(l.Label.ToLowerInvariant()).ToArray())))
            .Where(l => l.Distance is not null)
            .OrderBy(l => l.Distance)
            .FirstOrDefault();
        if (typo.Agency is not null)
        {
            return Describe(typo.Agency, typo.Label);
        }

        var words = Words(name).Where(w => !CommonWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var best = labels
            .Select(l => (l.Agency, l.Label, Shared: words.Count(Words(l.Label).ToHashSet(StringComparer.OrdinalIgnoreCase).Contains)))
            .Where(l => l.Shared == words.Count)
            .OrderByDescending(l => l.Shared)
            .ThenBy(l => l.Label.Length)
            .FirstOrDefault();
        return best.Agency is null ? null : Describe(best.Agency, best.Label);
    }

    private static string Describe(Agency agency, string label) => label == agency.Name ? agency.Name : $"{label} ({agency.Name})";

    /// <summary>The total edits when both have the same words, each a small typo away; null otherwise.</summary>
    private static int? WordDistance(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return null;
        }

        int total = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int d = Distance(a[i], b[i]);
            if (d > (Math.Min(a[i].Length, b[i].Length) >= 10 ? 2 : 1) || (d > 0 && Math.Min(a[i].Length, b[i].Length) < 3))
            {
                return null;
            }

            total += d;
        }

        return total;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Replace('’', '\'').Split([' ', ',', '.', '(', ')', '-', '/', '\''], StringSplitOptions.RemoveEmptyEntries);

    // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours count one each.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
