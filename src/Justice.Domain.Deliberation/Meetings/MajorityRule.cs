using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Majorité</i>: the share of a base the yes votes must reach for a motion to pass.</summary>
/// <param name="Base">The base.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Reference">The article.</param>
public sealed record MajorityRule(MajorityBase Base, Threshold Threshold, LegalReference? Reference)
{
    /// <summary>The base.</summary>
    public MajorityBase Base { get; init; } = Guard.Defined(Base);

    /// <summary>The threshold.</summary>
    public Threshold Threshold { get; init; } = Guard.NotNull(Threshold);

    /// <summary>Whether this is the <i>majorité simple</i> (<see cref="Simple"/>): more than half of the votes cast, that is more for than against.</summary>
    public bool IsSimple => Base == MajorityBase.VotesCast && Threshold == Threshold.MoreThanHalf;

    /// <summary><i>Majorité absolue des suffrages exprimés</i>: 2·yes &gt; yes + no.</summary>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static MajorityRule OfVotesCast(LegalReference? reference) => new(MajorityBase.VotesCast, Threshold.MoreThanHalf, reference);

    /// <summary>
    /// <i>Majorité simple</i> (also called relative): more votes for than against; abstentions, blank and spoiled ballots
    /// are not counted. "À la majorité simple des présents ou représentés" (Statuts USM, art. 15, al. 3; art. 22;
    /// art. 23, al. 2) names who may vote, not the base of the majority. In integer arithmetic 2·yes &gt; yes + no, which
    /// is yes &gt; no: the same rule as <see cref="OfVotesCast"/>, named for the texts that say "majorité simple".
    /// </summary>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static MajorityRule Simple(LegalReference? reference) => new(MajorityBase.VotesCast, Threshold.MoreThanHalf, reference);

    /// <summary>
    /// <i>Majorité des membres présents ou représentés</i> at <paramref name="threshold"/>: with
    /// <see cref="Threshold.MoreThanHalf"/>, more than half of those present or represented, so an abstention has the
    /// effect of a vote against.
    /// </summary>
    /// <param name="threshold">The threshold (more than half, two-thirds…).</param>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static MajorityRule OfPresentOrRepresented(Threshold threshold, LegalReference? reference) => new(MajorityBase.PresentOrRepresented, threshold, reference);

    /// <summary><i>Majorité absolue des membres</i>: 2·yes &gt; members with a deliberative voice.</summary>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static MajorityRule AbsoluteOfMembers(LegalReference? reference) => new(MajorityBase.DeliberativeMembers, Threshold.MoreThanHalf, reference);
}
