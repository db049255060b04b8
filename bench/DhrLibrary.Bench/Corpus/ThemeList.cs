namespace DhrLibrary.Bench.Corpus;

/// <summary>The 21 themes of the synthetic corpus. Their keywords are kept out of the general vocabulary, so a
/// theme's words appear only where the generator puts them (and the review then lists that theme).</summary>
public static class ThemeList
{
    public static readonly IReadOnlyList<ThemeSpec> All =
    [
        new("information-sharing", "Information sharing", ["information sharing", "shared information", "data sharing"], "Whether what one agency knew reached the others in time."),
        new("mental-health", "Mental health", ["mental health", "psychiatric", "depression"], "Mental ill health and how services responded to it."),
        new("substance-misuse", "Substance misuse", ["substance misuse", "alcohol", "drug use"], "Alcohol and drug use and the services around it."),
        new("self-neglect", "Self-neglect", ["self-neglect", "hoarding"], "Self-neglect, hoarding and declining to accept care."),
        new("police-response", "Police response", ["police response", "emergency call", "attending officers"], "How calls for help were answered and followed up."),
        new("coercive-control", "Coercive control", ["coercive control", "controlling behaviour"], "Patterns of control rather than single incidents."),
        new("risk-assessment", "Risk assessment", ["risk assessment", "DASH", "risk identification"], "Identifying and acting on domestic abuse risk."),
        new("marac", "MARAC", ["MARAC", "MARAC referral"], "Referrals to and actions from the risk conference for high-risk victims."),
        new("training", "Training and awareness", ["training", "awareness raising"], "What staff were taught and whether it reached practice."),
        new("professional-curiosity", "Professional curiosity", ["professional curiosity", "routine enquiry"], "Asking the next question and looking beyond what is presented."),
        new("housing", "Housing and homelessness", ["housing", "homelessness", "tenancy"], "Housing providers, homelessness services and tenancy support."),
        new("children", "Children and young people", ["child protection", "children's social care", "young people"], "Children in the household and the services working with them."),
        new("adult-safeguarding", "Adult safeguarding", ["adult safeguarding", "section 42 enquiry", "Care Act"], "Safeguarding adults with care and support needs."),
        new("older-people", "Older people", ["older people", "older victims", "unpaid carer"], "Abuse of and by older people, including carers."),
        new("stalking", "Stalking and harassment", ["stalking", "harassment"], "Stalking and harassment, before and after separation."),
        new("economic-abuse", "Economic abuse", ["economic abuse", "financial abuse"], "Control of money, debt and resources."),
        new("suicide", "Domestic abuse and suicide", ["suicide", "suicidal ideation"], "Deaths by suicide following domestic abuse."),
        new("primary-care", "GPs and primary care", ["primary care", "general practice", "GP surgery"], "General practice and other primary care contacts."),
        new("criminal-justice", "Criminal justice", ["bail conditions", "prosecution", "court order"], "Charging, bail, courts and orders."),
        new("diversity", "Equality and diversity", ["interpreter", "protected characteristics", "cultural needs"], "Language, culture and protected characteristics."),
        new("record-keeping", "Record keeping", ["record keeping", "case records", "recording practice"], "What was written down, where, and whether others could find it."),
    ];
}
