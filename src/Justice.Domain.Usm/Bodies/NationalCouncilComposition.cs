using Justice.Domain.Core;
using Justice.Domain.Usm.Readings;

namespace Justice.Domain.Usm.Bodies;

/// <summary>
/// <i>Composition du conseil national</i> (Statuts USM, art. 12): the president, 26 elected members with a deliberative
/// voice (at least 8 among second-grade magistrates and auditeurs de justice and 1 among honorary magistrates, unless
/// too few candidates), and members of right with a consultative voice.
/// </summary>
/// <remarks>
/// The president's voice: art. 12 gives the deliberative voice to the elected members and the consultative voice to the
/// members of right; it names the president separately. Art. 15, al. 3 gives the president the casting vote
/// (<i>voix prépondérante</i>), which presupposes a vote: by default the president is read as a deliberative member
/// (<see cref="PresidentVoiceReading"/>, docs/readings.md).
/// </remarks>
public static class NationalCouncilComposition
{
    /// <summary>"Ils sont au nombre de vingt-six (26)" (art. 12, al. 2).</summary>
    public const int ElectedSeats = 26;

    /// <summary>"au moins huit (8) conseillers sont élus parmi les magistrats du second grade et les auditeurs de justice" (art. 12, al. 2).</summary>
    public const int MinimumEntryGradeOrAuditeurSeats = 8;

    /// <summary>"un (1) conseiller est élu parmi les magistrats honoraires" (art. 12, al. 2).</summary>
    public const int HonorarySeats = 1;

    /// <summary>The article on the composition.</summary>
    public static LegalReference Reference { get; } = LegalReference.UsmStatutes(12);

    /// <summary>
    /// The voice of a quality: deliberative for the elected members, consultative for the members of right; the
    /// president's voice follows <paramref name="presidentVoice"/> (deliberative by default; under
    /// <see cref="PresidentVoiceReading.CastingVoteOnly"/> the president is counted with the consultative voices and votes only to break a tie).
    /// </summary>
    /// <param name="kind">The quality.</param>
    /// <param name="presidentVoice">The reading of the president's voice.</param>
    /// <returns>The voice.</returns>
    public static CouncilVoice VoiceOf(CouncilSeatKind kind, PresidentVoiceReading presidentVoice = PresidentVoiceReading.DeliberativeMember) => Guard.Defined(kind) switch
    {
        CouncilSeatKind.ElectedMember => CouncilVoice.Deliberative,
        CouncilSeatKind.President when Guard.Defined(presidentVoice) == PresidentVoiceReading.DeliberativeMember => CouncilVoice.Deliberative,
        _ => CouncilVoice.Consultative,
    };

    /// <summary>
    /// Checks a council's seats: one president, at most 26 elected members, no member twice in the same quality.
    /// Returns the problems found (empty when the composition is consistent).
    /// </summary>
    /// <param name="seats">The seats.</param>
    /// <returns>The problems, each citing art. 12.</returns>
    public static IReadOnlyList<RuleVerdict> Check(IEnumerable<CouncilSeat> seats)
    {
        var all = Guard.NoNullElements(seats);
        var problems = new List<RuleVerdict>();
        var presidents = all.Count(s => s.Kind == CouncilSeatKind.President);
        if (presidents != 1)
        {
            problems.Add(RuleVerdict.No(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the council has {presidents} presidents; it has one"), LegalReference.UsmStatutes(12, 1)));
        }

        var elected = all.Count(s => s.Kind == CouncilSeatKind.ElectedMember);
        if (elected > ElectedSeats)
        {
            problems.Add(RuleVerdict.No(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{elected} elected members; art. 12 sets 26"), LegalReference.UsmStatutes(12, 2)));
        }

        foreach (var duplicate in all.GroupBy(s => (s.MemberId, s.Kind)).Where(g => g.Count() > 1))
        {
            problems.Add(RuleVerdict.No("member '" + duplicate.Key.MemberId + "' holds the seat " + duplicate.Key.Kind + " twice", LegalReference.UsmStatutes(12)));
        }

        return problems;
    }

    /// <summary>The number of members with a deliberative voice: the basis of the quorum (art. 15, al. 2).</summary>
    /// <param name="seats">The seats.</param>
    /// <param name="presidentVoice">The reading of the president's voice.</param>
    /// <returns>The distinct members holding a deliberative seat.</returns>
    public static int DeliberativeMembers(IEnumerable<CouncilSeat> seats, PresidentVoiceReading presidentVoice = PresidentVoiceReading.DeliberativeMember) =>
        Guard.NoNullElements(seats).Where(s => VoiceOf(s.Kind, presidentVoice) == CouncilVoice.Deliberative).Select(s => s.MemberId).Distinct(StringComparer.Ordinal).Count();
}
