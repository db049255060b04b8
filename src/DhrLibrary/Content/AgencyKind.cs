namespace DhrLibrary.Content;

/// <summary>
/// The kinds of agency a recommendation can be addressed to, in the order the site lists them. <c>agencies.yml</c>
/// spells them in lower case with hyphens (<c>local-authority</c>): see <see cref="AgencyKinds.Spelling"/>, which is
/// also what templates (ids such as <c>#kind-police</c>), the search data and open data see.
/// </summary>
public enum AgencyKind
{
    Police,
    Health,
    LocalAuthority,
    Housing,
    Probation,
    Partnership,
    Voluntary,
    Other,
}

/// <summary>The kinds' spelling in files and data, and the names readers see.</summary>
public static class AgencyKinds
{
    /// <summary>Every kind, in the site's order.</summary>
    public static readonly IReadOnlyList<AgencyKind> All = Enum.GetValues<AgencyKind>();

    private static readonly Dictionary<string, AgencyKind> BySpelling =
        All.ToDictionary(k => k.Spelling(), StringComparer.Ordinal);

    /// <summary>The spellings, comma-separated, for error messages.</summary>
    public static string Allowed => string.Join(", ", All.Select(k => k.Spelling()));

    /// <summary>Reads a kind as <c>agencies.yml</c> spells it (exactly: <c>local-authority</c>).</summary>
    public static bool TryParse(string spelling, out AgencyKind kind) => BySpelling.TryGetValue(spelling, out kind);

    /// <summary><c>local-authority</c> for <see cref="AgencyKind.LocalAuthority"/>.</summary>
    public static string Spelling(this AgencyKind kind) => kind switch
    {
        AgencyKind.Police => "police",
        AgencyKind.Health => "health",
        AgencyKind.LocalAuthority => "local-authority",
        AgencyKind.Housing => "housing",
        AgencyKind.Probation => "probation",
        AgencyKind.Partnership => "partnership",
        AgencyKind.Voluntary => "voluntary",
        AgencyKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The name readers see ("Partnerships and boards").</summary>
    public static string DisplayName(this AgencyKind kind) => kind switch
    {
        AgencyKind.Police => "Police",
        AgencyKind.Health => "Health",
        AgencyKind.LocalAuthority => "Local authority",
        AgencyKind.Housing => "Housing",
        AgencyKind.Probation => "Probation",
        AgencyKind.Partnership => "Partnerships and boards",
        AgencyKind.Voluntary => "Voluntary sector",
        AgencyKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
