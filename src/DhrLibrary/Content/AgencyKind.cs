namespace DhrLibrary.Content;

/// <summary>The kinds of agency a recommendation can be addressed to, with the names readers see.</summary>
public static class AgencyKind
{
    public static readonly IReadOnlyList<string> All =
        ["police", "health", "local-authority", "housing", "probation", "partnership", "voluntary", "other"];

    public static string DisplayName(string kind) => kind switch
    {
        "police" => "Police",
        "health" => "Health",
        "local-authority" => "Local authority",
        "housing" => "Housing",
        "probation" => "Probation",
        "partnership" => "Partnerships and boards",
        "voluntary" => "Voluntary sector",
        _ => "Other",
    };
}
