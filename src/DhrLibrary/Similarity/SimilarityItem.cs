using DhrLibrary.Content;

namespace DhrLibrary.Similarity;

/// <summary>
/// One recommendation as the similarity pass sees it: its text (through <see cref="Recommendation"/>), its review
/// (for the date and for "another review"), and the kinds of agency it is addressed to as a bit mask.
/// </summary>
public sealed class SimilarityItem(Review review, Recommendation recommendation, uint kinds)
{
    public Review Review { get; } = review;
    public Recommendation Recommendation { get; } = recommendation;

    /// <summary>
    /// One bit per kind of agency addressed, or every bit when it names none: two recommendations go to the same agency
    /// or the same kind of agency (police and police, say) exactly when their masks share a bit, since one agency has
    /// one kind. One addressed to nobody in particular is compared on its text alone.
    /// </summary>
    public uint Kinds { get; } = kinds;

    /// <summary>
    /// The recommendations of <paramref name="reviews"/> (in site order: newest review first), with their addressees'
    /// kinds as <paramref name="agencies"/> resolves them (an agency it does not know is of kind other, as its page says).
    /// </summary>
    public static SimilarityItem[] Of(IEnumerable<Review> reviews, AgencyCatalog agencies) =>
        [.. reviews.SelectMany(r => r.Recommendations.Select(rec => new SimilarityItem(r, rec, KindsOf(rec, agencies))))];

    private static uint KindsOf(Recommendation rec, AgencyCatalog agencies)
    {
        if (rec.AddressedTo.Count == 0)
        {
            return uint.MaxValue;
        }

        uint mask = 0;
        foreach (var name in rec.AddressedTo)
        {
            mask |= 1u << (int)(agencies.TryResolve(name, out var agency) ? agency.Kind : AgencyKind.Other);
        }

        return mask;
    }
}
