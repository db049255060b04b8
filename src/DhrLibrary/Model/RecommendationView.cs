using DhrLibrary.Content;
using Scriban.Runtime;

namespace DhrLibrary.Model;

public sealed class RecommendationView
{
    /// <summary>The recommendation as read from its review's file.</summary>
    [ScriptMemberIgnore]
    public required Recommendation Source { get; init; }

    public required int Number { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<AgencyView> Agencies { get; init; }
    public required ReviewView Review { get; init; }
    public string Anchor => $"rec-{Number}";
    public string Path => $"{Review.Path}#{Anchor}";

    /// <summary>The implementation status; templates read it as <see cref="Status"/>.</summary>
    [ScriptMemberIgnore]
    public RecommendationStatus ImplementationStatus { get; init; } = RecommendationStatus.Unknown;

    /// <summary>The status as files spell it (<c>in-progress</c>); badges show <see cref="StatusLabel"/> as text.</summary>
    public string Status => ImplementationStatus.Spelling();
    public string StatusLabel => ImplementationStatus.Label();

    /// <summary>The agency names, comma-separated, for compact lists.</summary>
    public string AgencyNames => string.Join(", ", Agencies.Select(a => a.Name));

    /// <summary>The agencies' slugs, space-separated and without repeats: the /recommendations/ filters' data.</summary>
    public string AgencySlugs => string.Join(' ', Agencies.Select(a => a.Slug).Distinct(StringComparer.Ordinal));

    /// <summary>The first <see cref="ShortTextWords"/> words, for the library-wide list (the review page has the full text).</summary>
    public string ShortText => FirstWords(Text, ShortTextWords);

    /// <summary>The first <paramref name="count"/> words of <paramref name="text"/>, with " …" when there were more.</summary>
    public static string FirstWords(string text, int count)
    {
        var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? string.Join(' ', words) : string.Join(' ', words.Take(count)) + " …";
    }

    public const int ShortTextWords = 25;

    // Set while the site is assembled, from the similarity stage's result (the views link to each other), never after.
    /// <summary>Earlier recommendations in other reviews with substantially the same text, most similar first.</summary>
    public IReadOnlyList<RecommendationView> Similar { get; internal set; } = [];

    /// <summary>The implementation history, oldest first.</summary>
    public IReadOnlyList<RecommendationUpdateView> Updates { get; init; } = [];
}
