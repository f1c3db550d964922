namespace Justice.Domain.Allocation.Results;

/// <summary><i>Classement général</i>: a court's place in the general order after the allocation.</summary>
/// <param name="Position">Its position, from 1 (rank sum ascending, then population growth descending, previous posts ascending, id).</param>
/// <param name="CourtId">The court.</param>
/// <param name="RankSum">Its rank sum.</param>
/// <param name="Allocated">Posts it received.</param>
/// <param name="SiegeSize">Its siège size, posts included.</param>
/// <param name="CorrectedHeadcount">Its corrected headcount, posts included.</param>
/// <param name="Standings">Its rank and load on every criterion, in criterion order.</param>
public sealed record CourtStanding(
    int Position,
    string CourtId,
    decimal RankSum,
    int Allocated,
    int SiegeSize,
    decimal CorrectedHeadcount,
    IReadOnlyList<CriterionStanding> Standings);
