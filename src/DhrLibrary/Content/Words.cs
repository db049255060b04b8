using System.Globalization;

namespace DhrLibrary.Content;

/// <summary>Counted nouns for readers: "1 review", "2,048 recommendations".</summary>
public static class Words
{
    public static string Count(int n, string singular) =>
        n == 1 ? $"1 {singular}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {Plural(singular)}";

    public static string Plural(string word) => word switch
    {
        "agency" => "agencies",
        "partnership" => "partnerships",
        _ when word.EndsWith('y') && !word.EndsWith("ey", StringComparison.Ordinal) => word[..^1] + "ies",
        _ => word + "s",
    };
}
