namespace DhrLibrary.Bench.Browser;

/// <summary>The fixed query list: single words (common and rare), two words, prefixes, fields, +must -not.</summary>
public static class SearchQueries
{
    /// <param name="partnershipWord">A one-word partnership of the corpus, for the field query.</param>
    /// <param name="rareWords">Words from the far end of the synthetic tail, which only a few reviews contain.</param>
    public static IReadOnlyList<(string Kind, string Query)> For(string partnershipWord, IReadOnlyList<string> rareWords) =>
    [
        ("single", "police"), ("single", "housing"), ("single", "training"), ("single", "alcohol"), ("single", "stalking"),
        ("single", "suicide"), ("single", "referral"), ("single", "dementia"), ("single", "interpreter"), ("single", "partnership"),
        ("uncommon", "palliative"), ("uncommon", "readmissions"), ("rare", rareWords[0]), ("rare", rareWords[1]),
        ("two words", "mental health"), ("two words", "risk assessment"), ("two words", "coercive control"),
        ("two words", "information sharing"), ("two words", "older people"), ("two words", "domestic abuse"),
        ("prefix", "safeguard*"), ("prefix", "assess*"), ("prefix", "polic*"), ("prefix", "hous*"),
        ("field", "agencies:police"), ("field", "themes:housing"), ("field", "partnership:" + partnershipWord),
        ("must/not", "+police -training"), ("must/not", "+housing -alcohol"), ("must/not", "+mental +health -depression"),
    ];
}
