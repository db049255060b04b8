namespace DhrLibrary.Bench.Corpus;

/// <summary>
/// The policy-style words and phrases sentences are built from, most common first. The synthetic long tail from
/// <see cref="WordForge"/> is appended to the nouns and adjectives, so picks follow a Zipf-like head and tail.
/// Phrases that contain a theme keyword are dropped (a theme's words appear only when the review has the theme).
/// </summary>
public sealed class PhraseBook
{
    private static readonly string[] VerbList = Split("""
        review|ensure|consider|develop|strengthen|commission|embed|promote|establish|update|publish|audit|monitor|clarify|
        introduce|evaluate|revise|improve|disseminate|implement|agree|adopt|provide|reinforce|refresh|map|extend|formalise|
        prioritise|test|examine|identify|consolidate|align|streamline|pilot|resource|coordinate|oversee|escalate|challenge|
        highlight|reflect on|seek assurance about|raise the profile of|take steps to improve|satisfy itself about|
        write to government about|work with partners to improve|consult on|re-examine|relaunch|incorporate|enhance|
        reconsider|standardise|collate|quality assure|cascade|champion|facilitate|simplify|publicise|recirculate
        """);

    private static readonly string[] AdjectiveList = Split("""
        multi-agency|effective|robust|timely|consistent|appropriate|specialist|comprehensive|clear|trauma-informed|
        proportionate|accessible|holistic|person-centred|coordinated|joined-up|local|national|statutory|non-statutory|
        existing|current|revised|single|integrated|independent|dedicated|frontline|senior|strategic|operational|safe|
        accurate|targeted|bespoke|inclusive|meaningful|sustained|regular|formal|informal|early|preventative|therapeutic|
        intensive|long-term|short-term|out-of-hours|community|residential|acute|secondary|commissioned|interim|annual|
        quarterly|mandatory|refreshed|clinical|high-risk|standard|complex|repeat|historic|escalating|emerging|unmet|
        hidden|vulnerable|isolated|disabled|neurodivergent|bereaved|rural|urban|coastal|transient|confidential|sensitive|
        auditable|measurable|transparent|accountable|collaborative|reflective|assertive|compassionate|fragmented|siloed|
        reactive|delayed|incomplete|inconsistent|insufficient|limited|missed
        """);

    private static readonly string[] NounList = Split("""
        domestic abuse|referral pathways|practitioners|frontline staff|policies|procedures|guidance|protocols|supervision|
        escalation|social care|adult social care|probation|offender management|protective orders|non-molestation orders|
        protection notices|disclosure scheme applications|self-harm|dementia|carers|pregnancy|maternity services|health visitors|
        midwives|school nurses|emergency departments|ambulance services|paramedics|call handlers|neighbourhood policing|
        response times|welfare checks|missed appointments|disengagement|non-engagement|was not brought policy|
        think family approach|whole family approach|capacity assessments|best interests decisions|advocacy|
        independent domestic violence advisers|outreach|refuge provision|sanctuary schemes|anti-social behaviour|
        community safety|commissioning|contract monitoring|performance frameworks|outcome measures|data collection|
        case audits|learning reviews|action plans|governance arrangements|assurance reports|board oversight|
        partnership arrangements|workforce development|induction|e-learning|briefings|practice guidance|case studies|
        trauma|adverse childhood experiences|crisis teams|home treatment teams|care coordination|discharge planning|
        medication reviews|dual diagnosis|recovery services|treatment services|prescribing|safeguarding leads|named leads|
        designated nurses|domestic abuse champions|specialist advocates|language barriers|immigration status|
        honour-based abuse|forced marriage|exploitation|faith communities|male victims|disabled victims|
        adolescent to parent violence|intimate partner violence|family violence|sexual violence|non-fatal strangulation|
        weapons|threats to kill|breach of orders|remand decisions|charging decisions|witness care|family courts|
        child arrangements|perpetrator programmes|behaviour change programmes|licence conditions|recall|approved premises|
        resettlement|employment support|benefits|debt advice|welfare reform|digital exclusion|technology-facilitated abuse|
        social media|mobile phones|tracking devices|online abuse|case management systems|electronic records|
        flags and alerts|information governance|data protection|consent|confidentiality|lawful basis|secure email|
        case conferences|strategy meetings|professionals meetings|multi-agency meetings|threshold decisions|triage|
        front door services|safeguarding hubs|early help|family support|parenting support|youth services|education|
        schools|colleges|employers|workplaces|community groups|voluntary sector partners|commissioners|elected members|
        senior leaders|managers|caseloads|staff turnover|agency staff|vacancies|capacity|resources|funding|budgets|
        procurement|contracts|service specifications|dashboards|audit tools|quality assurance|peer review|
        reflective practice|clinical supervision|management oversight|legal advice|legal literacy|human rights|
        equality impact assessments|learning disabilities|autism|brain injury|physical health|chronic pain|
        end of life care|palliative care|hospital admissions|hospital discharge|readmissions|care homes|domiciliary care|
        personal budgets|direct payments|respite|bereavement support|family liaison|pets|animal welfare|fire safety|
        home fire safety visits|fire and rescue services
        """);

    private static readonly string[] AdverbList = Split("""
        promptly|consistently|routinely|proactively|clearly|fully|regularly|systematically|effectively|appropriately|
        explicitly|jointly|independently|urgently|formally|robustly|accurately|sensitively|confidently|collaboratively|
        transparently|swiftly|thoroughly|reliably
        """);

    private static readonly string[] PeopleList = Split("""
        practitioners|frontline staff|social workers|police officers|call handlers|housing officers|probation officers|
        mental health nurses|paramedics|safeguarding leads|managers|advocates|hospital staff|midwives|teachers|
        support workers|care workers|outreach workers|commissioners|receptionists|pharmacists|district nurses|
        psychologists|occupational therapists|benefits advisers|debt advisers|neighbourhood officers|volunteers|youth workers
        """);

    private static readonly string[] PurposeList = Split("""
        so that risks are identified at the earliest opportunity|so that learning is embedded in practice|
        in order to improve outcomes for victims|with particular reference to the findings of this review|
        and report progress to the partnership within six months|so that practitioners are confident to respond|
        and provide assurance to the board|in line with statutory guidance|taking account of the Domestic Abuse Act 2021|
        so that victims are not required to repeat their account|and that this is reflected in supervision|
        with a view to reducing repeat victimisation|so that concerns are escalated without delay|
        and that outcomes are monitored through the action plan|so that the voice of the victim is heard|
        to ensure that families are supported|where there is evidence of escalating risk|
        where a victim is reluctant to engage|when a referral is declined
        """);

    private static readonly string[] SubjectList = Split("""
        the victim|the perpetrator|the adult|the family|the couple|the household|the children|the victim's mother|
        the victim's daughter|the victim's son|the perpetrator's family|a neighbour|friends
        """);

    private static readonly string[] PeriodList = Split("""
        in the months before the homicide|during the period under review|over several years|in the weeks before the death|
        following the birth of their child|after the relationship ended|during the pandemic|while on licence|
        after discharge from hospital|in the year before the death
        """);

    public PhraseBook(KeywordMatcher themes, IReadOnlyList<string> tail)
    {
        // Themed phrases would tag reviews by accident; the tail is split between nouns and adjectives.
        string[] Clean(string[] list) => [.. list.Where(p => !themes.Matches(p))];
        var half = tail.Count / 2;
        Verbs = WeightedList<string>.Zipf(Clean(VerbList));
        Adjectives = WeightedList<string>.Zipf(Clean(AdjectiveList).Concat(tail.Take(half)));
        Nouns = WeightedList<string>.Zipf(Clean(NounList).Concat(tail.Skip(half)));
        Adverbs = WeightedList<string>.Zipf(Clean(AdverbList));
        People = WeightedList<string>.Zipf(Clean(PeopleList));
        Purposes = WeightedList<string>.Zipf(Clean(PurposeList));
        Subjects = WeightedList<string>.Zipf(Clean(SubjectList));
        Periods = WeightedList<string>.Zipf(Clean(PeriodList));
    }

    public WeightedList<string> Verbs { get; }
    public WeightedList<string> Adjectives { get; }
    public WeightedList<string> Nouns { get; }
    public WeightedList<string> Adverbs { get; }
    public WeightedList<string> People { get; }
    public WeightedList<string> Purposes { get; }
    public WeightedList<string> Subjects { get; }
    public WeightedList<string> Periods { get; }

    /// <summary>Every word the phrase lists hold (the synthetic tail must not repeat them).</summary>
    public static ISet<string> KnownWords() =>
        new[] { VerbList, AdjectiveList, NounList, AdverbList, PeopleList, PurposeList, SubjectList, PeriodList }
            .SelectMany(l => l).SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string[] Split(string text) =>
        [.. text.Replace("\r", "").Replace("\n", "").Split('|').Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0)];
}
