namespace DhrLibrary.Bench.Browser;

/// <summary>The fixed query list: single words (common and rare), two words, prefixes, fields, +must -not.</summary>
public static class SearchQueries
{
    public static IReadOnlyList<(string Kind, string Query)> For(string partnershipWord) =>
    [
        ("single", "police"), ("single", "housing"), ("single", "training"), ("single", "alcohol"), ("single", "stalking"),
        ("single", "suicide"), ("single", "referral"), ("single", "dementia"), ("single", "interpreter"), ("single", "partnership"),
        ("rare", "palliative"), ("rare", "readmissions"), ("rare", "recirculate"), ("rare", "pets"),
        ("two words", "mental health"), ("two words", "risk assessment"), ("two words", "coercive control"),
        ("two words", "information sharing"), ("two words", "older people"), ("two words", "domestic abuse"),
        ("prefix", "safeguard*"), ("prefix", "assess*"), ("prefix", "polic*"), ("prefix", "hous*"),
        ("field", "agencies:police"), ("field", "themes:housing"), ("field", "partnership:" + partnershipWord),
        ("must/not", "+police -training"), ("must/not", "+housing -alcohol"), ("must/not", "+mental +health -depression"),
    ];
}
