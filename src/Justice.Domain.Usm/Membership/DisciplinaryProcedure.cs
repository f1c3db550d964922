using Justice.Domain.Core;
using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Procédure contradictoire</i> before the national council (Statuts USM, art. 6 d, applied by art. 11, al. 2 and
/// art. 13, al. 2; RI USM, art. 1-4): grievances sent by registered letter with acknowledgement of receipt at least
/// fifteen days before the meeting, the right to explain in writing and be heard, a reasoned decision notified by
/// registered letter; for a deprivation of local functions, a length of six months to two years.
/// The vote itself (two thirds of the council's members) is a decision of the catalogue, counted by the engine.
/// </summary>
public static class DisciplinaryProcedure
{
    /// <summary>"quinze jours au moins avant la réunion du conseil national" (art. 6 d; RI art. 1-4).</summary>
    public const int GrievanceNoticeDays = 15;

    /// <summary>The shortest deprivation of local functions: six months (RI USM, art. 1-4).</summary>
    public static Period ShortestDeprivation { get; } = Period.FromMonths(6);

    /// <summary>The longest deprivation of local functions: two years (RI USM, art. 1-4).</summary>
    public static Period LongestDeprivation { get; } = Period.FromYears(2);

    /// <summary>The article of the procedure for <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The article.</returns>
    public static LegalReference ReferenceOf(DisciplinaryMeasure measure) => Guard.Defined(measure) switch
    {
        DisciplinaryMeasure.HonoraryPresidentRemoval => LegalReference.UsmStatutes(11, 2),
        DisciplinaryMeasure.CouncilMemberRevocation => LegalReference.UsmStatutes(13, 2),
        DisciplinaryMeasure.LocalFunctionsDeprivation => LegalReference.UsmInternalRules("1-4"),
        _ => LegalReference.Article(LegalText.UsmStatutes, "6", "d"),
    };

    /// <summary>The last day the grievances may be sent for a meeting on <paramref name="meeting"/>: 15 days before.</summary>
    /// <param name="meeting">The day of the council meeting.</param>
    /// <returns>The meeting day minus 15 days.</returns>
    public static LocalDate LatestGrievanceDispatch(LocalDate meeting) => meeting.PlusDays(-GrievanceNoticeDays);

    /// <summary>
    /// Checks the procedure of a measure; every failed step is listed with its article. The measure may be voted only
    /// when the list is empty.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="grievancesSentOn">The day the grievances were sent by registered letter with acknowledgement, or null if not sent.</param>
    /// <param name="meetingOn">The day of the council meeting.</param>
    /// <param name="offeredToExplainAndBeHeard">Whether the person could explain in writing and be heard.</param>
    /// <param name="decisionReasoned">Whether the decision states its reasons (<i>décision motivée</i>).</param>
    /// <param name="deprivationLength">For <see cref="DisciplinaryMeasure.LocalFunctionsDeprivation"/>: the length; ignored otherwise.</param>
    /// <returns>The failed steps, empty when the procedure is regular.</returns>
    public static IReadOnlyList<RuleVerdict> Check(
        DisciplinaryMeasure measure,
        LocalDate? grievancesSentOn,
        LocalDate meetingOn,
        bool offeredToExplainAndBeHeard,
        bool decisionReasoned,
        Period? deprivationLength = null)
    {
        var reference = ReferenceOf(measure);
        var failures = new List<RuleVerdict>();
        var latest = LatestGrievanceDispatch(meetingOn);
        if (grievancesSentOn is not { } sent)
        {
            failures.Add(RuleVerdict.No("the grievances were not sent by registered letter", reference));
        }
        else if (sent > latest)
        {
            failures.Add(RuleVerdict.No(
                "grievances sent on " + Iso(sent) + ", after " + Iso(latest) + " (15 days at least before the meeting of " + Iso(meetingOn) + ")",
                reference));
        }

        if (!offeredToExplainAndBeHeard)
        {
            failures.Add(RuleVerdict.No("the person was not offered to explain in writing and to be heard", reference));
        }

        if (!decisionReasoned)
        {
            failures.Add(RuleVerdict.No("the decision states no reasons (décision motivée)", reference));
        }

        if (measure == DisciplinaryMeasure.LocalFunctionsDeprivation)
        {
            if (deprivationLength is not { } length)
            {
                failures.Add(RuleVerdict.No("a deprivation of local functions needs a length", reference));
            }
            else if (!DeprivationLengthIsValid(length, meetingOn))
            {
                failures.Add(RuleVerdict.No("a deprivation lasts six months to two years; " + PeriodPattern.Roundtrip.Format(length) + " is outside", reference));
            }
        }

        return failures;
    }

    /// <summary>Whether a deprivation of <paramref name="length"/> starting on <paramref name="from"/> lasts six months to two years.</summary>
    /// <param name="length">The length.</param>
    /// <param name="from">The first day.</param>
    /// <returns>True when within the bounds.</returns>
    public static bool DeprivationLengthIsValid(Period length, LocalDate from)
    {
        Guard.NotNull(length);
        var end = from.Plus(length);
        return end >= from.Plus(ShortestDeprivation) && end <= from.Plus(LongestDeprivation);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
