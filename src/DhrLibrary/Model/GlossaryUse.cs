using System.Text.RegularExpressions;
using DhrLibrary.Content;

namespace DhrLibrary.Model;

/// <summary>
/// Which glossary terms a review's page uses, so the page can spell them out and link them to the glossary.
/// A name written in capitals (an acronym: GP, MARAC, A&amp;E) counts only in capitals, as a whole word, with or
/// without a plural "s" (GPs), so "sar" in a word or "Gp" in a name do not count; other names (coercive
/// control) count in any case.
/// </summary>
public sealed class GlossaryUse
{
    private readonly Regex? _acronyms;
    private readonly Regex? _words;
    private readonly Dictionary<string, GlossaryTerm> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlossaryTerm> _byWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<GlossaryTerm> _terms;

    public GlossaryUse(IReadOnlyList<GlossaryTerm> terms)
    {
        _terms = terms;
        foreach (var term in terms)
        {
            foreach (var name in term.Names)
            {
                var table = IsAcronym(name) ? _byAcronym : _byWords;
                table.TryAdd(name, term);
            }
        }

        _acronyms = Pattern(_byAcronym.Keys, RegexOptions.None, plural: true);
        _words = Pattern(_byWords.Keys, RegexOptions.IgnoreCase, plural: false);
    }

    /// <summary>The terms found in <paramref name="texts"/>, in glossary order.</summary>
    public IReadOnlyList<GlossaryTerm> Find(IEnumerable<string?> texts)
    {
        var found = new HashSet<GlossaryTerm>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            Collect(_acronyms, _byAcronym, text, found, plural: true);
            Collect(_words, _byWords, text, found, plural: false);
        }

        return [.. _terms.Where(found.Contains)];
    }

    /// <summary>The texts of a review's page that readers meet terms in.</summary>
    public IReadOnlyList<GlossaryTerm> Find(ReviewView review) =>
        Find([review.Title, review.PlainSummary, review.ReviewType, review.StatutoryBasis,
            .. review.Recommendations.Select(r => r.Text),
            .. review.Recommendations.SelectMany(r => r.Agencies).Select(a => a.Name)]);

    private static void Collect(Regex? pattern, Dictionary<string, GlossaryTerm> table, string text, HashSet<GlossaryTerm> found, bool plural)
    {
        if (pattern is null)
        {
            return;
        }

        foreach (Match match in pattern.Matches(text))
        {
            string name = match.Groups["name"].Value;
            if (table.TryGetValue(name, out var term) || (plural && name.EndsWith('s') && table.TryGetValue(name[..^1], out term)))
            {
                found.Add(term);
            }
        }
    }

    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);

    private static Regex? Pattern(IEnumerable<string> names, RegexOptions options, bool plural)
    {
        // Longest first, so "DASH RIC" is taken before "DASH".
        var alternatives = names.OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        if (alternatives.Count == 0)
        {
            return null;
        }

        string suffix = plural ? "s?" : "";
        return new Regex($@"(?<![\p{{L}}\p{{N}}&])(?<name>(?:{string.Join('|', alternatives)}){suffix})(?![\p{{L}}\p{{N}}&])",
            options | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
