using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Quorum</i>: the part of a base of members that must attend for the body to deliberate validly, and the
/// reconvened-meeting rule: a new meeting held at least <see cref="ReconvenedAfterDays"/> days after an inquorate
/// one deliberates without quorum (Statuts USM, art. 15, al. 2: "à huit jours au moins d'intervalle").
/// </summary>
/// <param name="Base">The members the quorum is a fraction of.</param>
/// <param name="Threshold">The fraction.</param>
/// <param name="Counting">Present or represented, or present only.</param>
/// <param name="Reference">The article.</param>
/// <param name="ReconvenedAfterDays">The minimum interval in days for a reconvened meeting without quorum, or null when the text has none.</param>
/// <param name="ReconvenedReference">The article of the reconvened-meeting rule, or null.</param>
public sealed record QuorumRule(
    QuorumBase Base,
    Threshold Threshold,
    QuorumCounting Counting,
    LegalReference? Reference,
    int? ReconvenedAfterDays = null,
    LegalReference? ReconvenedReference = null)
{
    /// <summary>No quorum condition.</summary>
    public static QuorumRule None { get; } = new(QuorumBase.DeliberativeMembers, Threshold.None, QuorumCounting.PresentOrRepresented, null);

    /// <summary>The base.</summary>
    public QuorumBase Base { get; init; } = Guard.Defined(Base);

    /// <summary>The threshold.</summary>
    public Threshold Threshold { get; init; } = Guard.NotNull(Threshold);

    /// <summary>Who counts.</summary>
    public QuorumCounting Counting { get; init; } = Guard.Defined(Counting);

    /// <summary>The minimum interval for a reconvened meeting without quorum, or null.</summary>
    public int? ReconvenedAfterDays { get; init; } = ReconvenedAfterDays is { } d ? Guard.NotNegative(d, nameof(ReconvenedAfterDays)) : null;

    /// <summary>Returns this rule with the reconvened-meeting rule.</summary>
    /// <param name="minimumDays">The minimum interval in days between the inquorate meeting and the new one.</param>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public QuorumRule WithReconvening(int minimumDays, LegalReference? reference) =>
        this with { ReconvenedAfterDays = Guard.NotNegative(minimumDays), ReconvenedReference = reference };
}
