namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// The 165 agencies: for each of 39 police areas a force, an integrated care board and a safeguarding adults
/// board; 12 probation regions (several named with commas, which YAML must quote); 36 national and voluntary
/// bodies, drawn with Zipf weights so a few appear in a large share of reviews.
/// </summary>
public sealed class AgencyPlan
{
    private static readonly (string Name, string Alias, string Kind)[] NationalBodies =
    [
        ("Home Office", "HO", "other"), ("NHS England", "NHSE", "health"), ("Department for Work and Pensions", "DWP", "other"),
        ("Crown Prosecution Service", "CPS", "other"), ("National Police Chiefs' Council", "NPCC", "police"),
        ("College of Policing", "", "police"), ("Independent Office for Police Conduct", "IOPC", "police"),
        ("Care Quality Commission", "CQC", "health"), ("Department for Education", "DfE", "other"),
        ("Department of Health and Social Care", "DHSC", "health"), ("Ministry of Justice", "MoJ", "other"),
        ("HM Prison and Probation Service", "HMPPS", "probation"), ("HM Courts and Tribunals Service", "HMCTS", "other"),
        ("Ministry of Housing, Communities and Local Government", "MHCLG", "other"),
        ("Local Government Association", "LGA", "local-authority"), ("Association of Directors of Adult Social Services", "ADASS", "local-authority"),
        ("Royal College of General Practitioners", "RCGP", "health"), ("UK Health Security Agency", "UKHSA", "health"),
        ("National Housing Federation", "NHF", "housing"), ("Brightwater Housing Group", "Brightwater", "housing"),
        ("Larkspur Homes Trust", "Larkspur", "housing"), ("Northgate Housing Association", "", "housing"),
        ("Refuge", "", "voluntary"), ("Women's Aid Federation of England", "Women's Aid", "voluntary"), ("SafeLives", "", "voluntary"),
        ("Respect", "", "voluntary"), ("Victim Support", "", "voluntary"), ("Citizens Advice", "", "voluntary"),
        ("Samaritans", "", "voluntary"), ("Shelter", "", "voluntary"), ("Age UK", "", "voluntary"), ("Mind", "", "voluntary"),
        ("Change, Grow, Live", "CGL", "voluntary"), ("Turning Point", "", "voluntary"), ("Domestic Abuse Commissioner", "DAC", "other"),
        ("Office of the Victims' Commissioner", "OVC", "other"),
    ];

    public AgencyPlan(IReadOnlyList<string> policeAreas, IReadOnlyList<string> probationRegions)
    {
        var all = new List<AgencySpec>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> Alias(string alias) => alias.Length > 0 && used.Add(alias) ? [alias] : [];
        void Add(string name, string alias, string kind, string? area)
        {
            used.Add(name);
            all.Add(new AgencySpec(name, Alias(alias), kind, area));
        }

        for (int i = 0; i < policeAreas.Count; i++)
        {
            string area = policeAreas[i];
            bool constabulary = i % 3 == 1;
            Add(area + (constabulary ? " Constabulary" : " Police"), Initials(area) + (constabulary ? "C" : "P"), "police", area);
            Add($"NHS {area} Integrated Care Board", area + " ICB", "health", area);
            Add($"{area} Safeguarding Adults Board", area + " SAB", "partnership", area);
        }

        foreach (string region in probationRegions)
        {
            Add("Probation Service " + region, "PS " + region.Split(',')[0], "probation", "probation:" + region);
        }

        foreach (var (name, alias, kind) in NationalBodies)
        {
            Add(name, alias, kind, null);
        }

        All = all;
        National = WeightedList<AgencySpec>.Zipf(all.Where(a => a.Area is null), exponent: 1.0, offset: 1.0);
        ByArea = all.Where(a => a.Area is not null).GroupBy(a => a.Area!).ToDictionary(g => g.Key, g => (IReadOnlyList<AgencySpec>)[.. g]);
    }

    public IReadOnlyList<AgencySpec> All { get; }

    public WeightedList<AgencySpec> National { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<AgencySpec>> ByArea { get; }

    private static string Initials(string place)
    {
        string initials = string.Concat(place.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length >= 2 ? initials : place[..Math.Min(3, place.Length)].ToUpperInvariant();
    }
}
